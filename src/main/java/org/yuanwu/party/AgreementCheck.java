package org.yuanwu.party;

import java.time.LocalDate;

/** The yearly check of an agreement: the result, the date (today when null) and notes. */
public record AgreementCheck(CheckResult result, LocalDate on, String notes, Long version) {
}
