package org.yuanwu.training;

import java.math.BigDecimal;

/** The outcome on one sheet item of an assessment. */
public record SkillScoreView(Long itemId, String itemName, BigDecimal maxPoints, Integer occurrences,
                             BigDecimal pointsLost, BigDecimal score) {
}
