package org.yuanwu.indicator;

import java.math.BigDecimal;

/**
 * An indicator computed for a unit's subtree over a period. {@code value} is null when there is
 * no data (never silently zero); {@code status} compares it with the indicator's target.
 */
public record IndicatorValue(String indicatorCode, Long unitId, Period period, BigDecimal numerator,
                             BigDecimal denominator, BigDecimal value, BigDecimal target, Direction direction,
                             Status status) {

    public enum Status { MET, NOT_MET, NO_DATA, NO_TARGET }

    public boolean hasData() {
        return value != null;
    }
}
