package org.yuanwu.plan.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.yuanwu.plan.ItemKind;
import org.yuanwu.plan.TargetComparator;

/** An item form that passed every check, with its targets read as numbers. */
public record CheckedItem(String text, String category, String owner, LocalDate dueDate, Set<Long> coveredUnitIds,
                          ItemKind kind, String indicatorCode, TargetComparator comparator, BigDecimal target,
                          BigDecimal targetUpper) {
}
