package org.yuanwu.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record FindingView(Long id, Long inspectionId, Long unitId, String unitName, String itemCode, String description,
                          BigDecimal pointsLost, Long responsibleStaffId, String responsibleStaffName, LocalDate deadline,
                          FindingStatus status, boolean overdue, String correctiveAction, Long evidenceId,
                          String answeredBy, Instant answeredAt, String rejectReason, String verifiedBy,
                          Instant verifiedAt, LocalDate closedOn, boolean recurrence, Long recurrenceOfId,
                          String accountability, String accountabilityBy, LocalDate inspectionDate, long version,
                          String sourceType, String sourceId, Long verifierUnitId, String verifierUnitName) {

    /** Opened by another module (an adverse event...), not by an inspection deduction. */
    public boolean external() {
        return inspectionId == null;
    }

    /** A recurrence still waiting for the head of the unit's accountability answer. */
    public boolean accountabilityMissing() {
        return recurrence && (accountability == null || accountability.isBlank());
    }
}
