package org.yuanwu.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A plan's items with their status as of a day, computed live. {@code from}–{@code to} is the part
 * of the plan's period the indicators were computed over (null before the period starts);
 * {@code percent} is the share of items achieved or on track.
 */
public record PlanProgress(Long planId, LocalDate asOf, LocalDate from, LocalDate to, int percent,
                           Map<ItemStatus, Long> counts, List<ItemProgress> items) {

    /** How many items have the status (by its name, for templates). */
    public long count(String status) {
        return counts.getOrDefault(ItemStatus.valueOf(status), 0L);
    }
}
