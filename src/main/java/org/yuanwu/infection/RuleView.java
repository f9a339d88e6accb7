package org.yuanwu.infection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** A screening rule with its own test cases run against it now ({@code casesPass}: every case gives what it expects). */
public record RuleView(Long id, String code, String nameZh, String nameEn, String explanationZh, String explanationEn,
                       EventKind eventKind, BigDecimal minAmount, boolean requirePositive, String specimens, int afterHours,
                       boolean enabled, long version, List<RuleCaseResult> cases, boolean casesPass) {

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public String explanation(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? explanationZh : explanationEn;
    }
}
