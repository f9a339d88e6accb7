package org.yuanwu.infection;

import java.math.BigDecimal;

/** A rule's test case: one event, {@code minutes} after admission, and whether the rule must flag it. */
public record RuleCase(String description, int minutes, BigDecimal amount, String specimen, Boolean positive,
                       boolean expected) {
}
