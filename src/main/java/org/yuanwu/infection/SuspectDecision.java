package org.yuanwu.infection;

import java.time.LocalDate;

/**
 * Confirming a suspect: either {@code existingCaseId} (the ward's report of the same stay), or the case's details
 * (site required; onset defaults to the flagging event's day; patient, stay, ward and admission come from the stay).
 */
public record SuspectDecision(Long version, Long existingCaseId, InfectionSite site, LocalDate onsetDate, String pathogen,
                              String specimen, DeviceAssociation device, OperationClass operationClass, String note) {
}
