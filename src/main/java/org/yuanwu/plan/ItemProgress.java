package org.yuanwu.plan;

import java.math.BigDecimal;
import org.yuanwu.indicator.IndicatorView;
import java.util.List;

/**
 * A plan item with its live status. For an indicator item, {@code value} is the value of its one
 * covered unit (or the plan unit's overall value when it covers several; then each covered unit
 * has its row in {@code units}) and the status is the worst of the covered units'.
 */
public record ItemProgress(PlanItemView item, IndicatorView indicator, ItemStatus status, BigDecimal value,
                           List<UnitProgress> units) {
}
