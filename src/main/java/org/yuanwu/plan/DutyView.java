package org.yuanwu.plan;

import java.time.Instant;
import java.time.LocalDate;

/** One occurrence of a recurring duty: due on a date, done (by whom, when, with what evidence) or not. */
public record DutyView(Long id, Long ruleId, Long planId, Long itemId, String title, String label,
                       Long responsibleUnitId, String responsibleUnitName, LocalDate dueDate, boolean done,
                       String doneBy, Instant doneAt, String evidence, boolean overdue, long version) {
}
