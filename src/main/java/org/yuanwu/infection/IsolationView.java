package org.yuanwu.infection;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of the isolation register. */
public record IsolationView(Long id, Long unitId, String unitName, String patientNo, String disease, LocalDate diagnosedOn,
                            boolean isolated, Precaution precaution, LocalDate isolatedOn, LocalDate endedOn,
                            String reasonNotIsolated, String recordedBy, Instant recordedAt, boolean voided,
                            String voidReason, long version) {
}
