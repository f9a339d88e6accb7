package org.yuanwu.quality;

import java.math.BigDecimal;

public record TemplateItemView(Long id, String section, String itemCode, String text, BigDecimal maxPoints,
                               BigDecimal deductionPerTime, boolean veto, boolean photoRequired, boolean noteRequired) {
}
