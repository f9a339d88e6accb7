package org.yuanwu.infection;

import java.math.BigDecimal;
import java.util.List;

/** A new rule: what it is called and why, what it flags, and the cases that show it works. */
public record RuleDefinition(String code, String nameZh, String nameEn, String explanationZh, String explanationEn,
                             EventKind eventKind, BigDecimal minAmount, Boolean requirePositive, String specimens,
                             Integer afterHours, List<RuleCase> cases) {
}
