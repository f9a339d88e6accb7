package org.yuanwu.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A plan item as stored; its live status comes with {@link ItemProgress}. */
public record PlanItemView(Long id, Long planId, int position, String text, String category, String owner,
                           LocalDate dueDate, List<Long> coveredUnitIds, ItemKind kind, String indicatorCode,
                           TargetComparator comparator, BigDecimal target, BigDecimal targetUpper, boolean done,
                           Instant doneAt, String doneBy, long attachmentCount, long version) {
}
