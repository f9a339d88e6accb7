package org.yuanwu.plan;

import java.math.BigDecimal;

/**
 * An indicator item's value for one unit (with everything below it). {@code overall} marks the
 * plan unit's own row shown beside several covered units; it does not decide the item's status.
 * {@code visible} is false for a unit outside the reader's data scope (no value is shown for it).
 */
public record UnitProgress(Long unitId, String unitName, boolean overall, boolean visible, BigDecimal value,
                           BigDecimal numerator, BigDecimal denominator, ItemStatus status) {
}
