package org.yuanwu.quality;

import java.math.BigDecimal;

/** What the inspector enters for one item: occurrences, or the points deducted directly; a note. */
public record ScoreLine(Long itemId, Integer occurrences, BigDecimal pointsDeducted, String note) {
}
