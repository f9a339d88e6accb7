package org.yuanwu.plan;

import java.math.BigDecimal;

/** How an indicator's value is held against an item's target: ≥, ≤, = or within [target, upper]. */
public enum TargetComparator {
    AT_LEAST("≥"), AT_MOST("≤"), EQUAL("="), BETWEEN("∈");

    private final String symbol;

    TargetComparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether the value meets the target; {@code upper} is read only for BETWEEN. */
    public boolean satisfiedBy(BigDecimal value, BigDecimal target, BigDecimal upper) {
        return switch (this) {
            case AT_LEAST -> value.compareTo(target) >= 0;
            case AT_MOST -> value.compareTo(target) <= 0;
            case EQUAL -> value.compareTo(target) == 0;
            case BETWEEN -> value.compareTo(target) >= 0 && value.compareTo(upper) <= 0;
        };
    }
}
