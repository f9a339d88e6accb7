package org.yuanwu.quality;

import java.math.BigDecimal;

/** One item of an inspection with the template rule beside what was scored. */
public record InspectionLineView(Long itemId, String section, String itemCode, String text, BigDecimal maxPoints,
                                 BigDecimal deductionPerTime, boolean veto, boolean photoRequired, boolean noteRequired,
                                 int occurrences, BigDecimal deducted, String note, Long photoId) {
}
