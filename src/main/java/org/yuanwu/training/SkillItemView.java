package org.yuanwu.training;

import java.math.BigDecimal;

/** One line of a scoring sheet. */
public record SkillItemView(Long id, int position, String name, BigDecimal maxPoints, BigDecimal perOccurrence,
                            String ruleText) {
}
