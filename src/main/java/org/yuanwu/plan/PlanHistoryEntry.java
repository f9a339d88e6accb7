package org.yuanwu.plan;

import java.time.Instant;

/** One line of a plan's history: a status change or a comment, with who and when. */
public record PlanHistoryEntry(Long id, PlanAction action, PlanStatus fromStatus, PlanStatus toStatus, String comment,
                               String actor, Instant at) {
}
