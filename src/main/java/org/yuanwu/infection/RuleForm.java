package org.yuanwu.infection;

import java.math.BigDecimal;

/** The tunable part of a rule: thresholds, specimens, on or off. */
public record RuleForm(BigDecimal minAmount, Boolean requirePositive, String specimens, Integer afterHours, Boolean enabled,
                       Long version) {
}
