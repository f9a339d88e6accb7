package org.yuanwu.indicator.internal;

import java.time.LocalDate;

/** A roll-up cell: one measure, one unit's subtree, one month. */
record MonthKey(String measureCode, Long unitId, LocalDate monthStart) {

    static LocalDate monthOf(LocalDate date) {
        return date.withDayOfMonth(1);
    }
}
