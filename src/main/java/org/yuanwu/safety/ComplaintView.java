package org.yuanwu.safety;

import java.time.Instant;
import java.time.LocalDate;

/** A complaint or suggestion as callers see it; {@code overdue}: not answered by the due date (judged today). */
public record ComplaintView(Long id, ComplaintKind kind, ComplaintChannel channel, LocalDate receivedOn, Long unitId,
                            String unitName, String complainant, String contact, String content,
                            ComplaintCategory category, ComplaintStatus status, Long responsibleUnitId,
                            String responsibleUnitName, String responsiblePerson, LocalDate dueOn, String answer,
                            LocalDate answeredOn, String answeredBy, ComplainantSatisfaction complainantSatisfaction,
                            LocalDate closedOn, String withdrawReason, boolean overdue, String createdBy,
                            Instant createdAt, Instant updatedAt, long version) {
}
