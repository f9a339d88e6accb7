package org.yuanwu.indicator;

import java.math.BigDecimal;
import java.math.MathContext;

/** Green when the target is met, amber when within 10 % of it, red beyond; grey without data or target. */
public enum TrafficLight {
    GREEN, AMBER, RED, GREY;

    static final BigDecimal AMBER_BAND = new BigDecimal("0.10");

    public static TrafficLight of(IndicatorValue v) {
        if (v.value() == null || v.target() == null) {
            return GREY;
        }
        if (v.status() == IndicatorValue.Status.MET) {
            return GREEN;
        }
        BigDecimal gap = v.value().subtract(v.target()).abs();
        BigDecimal allowed = v.target().signum() == 0 ? BigDecimal.ZERO : v.target().abs().multiply(AMBER_BAND, MathContext.DECIMAL64);
        return gap.compareTo(allowed) <= 0 ? AMBER : RED;
    }
}
