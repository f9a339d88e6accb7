package org.yuanwu.infection;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A case report. {@code visitNo} (the stay's number) links it to received clinical events; optional. */
public record CaseForm(Long unitId, String patientNo, String visitNo, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate admissionDate,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate onsetDate,
                       InfectionSite site, String pathogen, String specimen, DeviceAssociation device,
                       OperationClass operationClass, CaseOutcome outcome, String note, Long version) {
}
