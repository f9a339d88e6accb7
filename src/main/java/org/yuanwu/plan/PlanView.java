package org.yuanwu.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.yuanwu.indicator.Period;

/** A plan as callers see it; {@code createdBy}, {@code submittedBy} and {@code approvedBy} are usernames. */
public record PlanView(Long id, Long unitId, String unitName, PlanKind kind, int year, Integer quarter, Integer month,
                       LocalDate periodStart, LocalDate periodEnd, String title, String goals, PlanStatus status,
                       String createdBy, String submittedBy, String approvedBy, Instant approvedAt, Long copiedFromId,
                       int itemCount, Instant createdAt, Instant updatedAt, long version) {

    public Period period() {
        return kind.period(year, quarter, month);
    }

    /** "2026年第2季度" / "Q2 2026". */
    public String periodLabel(Locale locale) {
        return period().label(locale);
    }
}
