package org.yuanwu.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record FindingView(Long id, Long inspectionId, Long unitId, String unitName, String itemCode, String description,
                          BigDecimal pointsLost, Long responsibleStaffId, String responsibleStaffName, LocalDate deadline,
                          FindingStatus status, boolean overdue, String correctiveAction, Long evidenceId,
                          String answeredBy, Instant answeredAt, String rejectReason, String verifiedBy,
                          Instant verifiedAt, LocalDate closedOn, boolean recurrence, Long recurrenceOfId,
                          String accountability, String accountabilityBy, LocalDate inspectionDate, long version) {

    /** A recurrence still waiting for the head of the unit's accountability answer. */
    public boolean accountabilityMissing() {
        return recurrence && (accountability == null || accountability.isBlank());
    }
}
