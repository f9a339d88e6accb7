package org.yuanwu.infection;

import java.time.LocalDate;

/**
 * A patient with an infectious disease on a ward: isolated (with the precaution and the dates) or not (with the
 * reason). {@code version} is null for a new entry and the version read for an edit.
 */
public record IsolationForm(Long unitId, String patientNo, String disease, LocalDate diagnosedOn, Boolean isolated,
                            Precaution precaution, LocalDate isolatedOn, LocalDate endedOn, String reasonNotIsolated,
                            Long version) {
}
