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

    /**
     * The unit a page shows when none is asked for: the one asked for, else the reader's scope unit, else the first
     * root of the tree; null only when the tree is empty.
     */
    static Long unitOrDefault(Long unitId, org.yuanwu.organization.OrgUnitService units) {
        if (unitId != null) {
            return unitId;
        }
        Long scoped = org.yuanwu.common.CurrentActor.get().scopeUnitId();
        return scoped != null ? scoped
                : units.roots().stream().findFirst().map(org.yuanwu.organization.UnitView::id).orElse(null);
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
