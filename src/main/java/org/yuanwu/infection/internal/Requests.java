package org.yuanwu.infection.internal;

import org.yuanwu.common.HospitalTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.yuanwu.common.DomainException;

/** Parsing of request parameters shared by the pages and the API. */
final class Requests {

    static final ZoneId ZONE = HospitalTime.ZONE;

    private Requests() {
    }

    /** "2026-03" → March 2026; empty → this month. */
    static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.from(LocalDate.now(ZONE));
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("month", "infection.error.month", text);
        }
    }
}
