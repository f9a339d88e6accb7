package org.yuanwu.infection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case. {@code possiblyCommunityAcquired}: onset less than 48 hours (two calendar days) after admission, so the
 * infection may have been brought in; the report is kept but the office is warned.
 */
public record CaseView(Long id, Long unitId, String unitName, String patientNo, String visitNo, LocalDate admissionDate,
                       LocalDate onsetDate, InfectionSite site, String pathogen, String specimen, DeviceAssociation device,
                       OperationClass operationClass, CaseOutcome outcome, CaseOrigin origin, CaseStatus status,
                       String exclusionReason, String note, String reportedBy, Instant reportedAt, String reviewedBy,
                       Instant reviewedAt, boolean possiblyCommunityAcquired, long version) {
}
