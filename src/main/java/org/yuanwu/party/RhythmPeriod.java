package org.yuanwu.party;

import java.time.LocalDate;

/** The period a meeting rhythm is counted over. */
public enum RhythmPeriod {
    MONTH, QUARTER;

    public LocalDate start(LocalDate day) {
        return this == MONTH ? day.withDayOfMonth(1)
                : LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }

    /** The last day of the period holding {@code day}. */
    public LocalDate end(LocalDate day) {
        return start(day).plusMonths(this == MONTH ? 1 : 3).minusDays(1);
    }
}
