package org.yuanwu.indicator;

import java.math.BigDecimal;

/** An indicator definition as callers see it. */
public record IndicatorView(String code, String nameZh, String nameEn, String numerator, String denominator,
                            BigDecimal factor, int decimals, String unit, Direction direction, BigDecimal target,
                            String description, boolean builtIn, long version) {

    public String name(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
