package org.yuanwu.party;

import java.time.LocalDate;

/** A responsibility agreement with its yearly check (result null until checked). */
public record AgreementView(Long id, AgreementKind kind, int year, Long unitId, String unitName, String firstParty,
                            String secondParty, String content, LocalDate signedOn, CheckResult checkResult,
                            LocalDate checkedOn, String checkNotes, String cancelReason, long version) {
}
