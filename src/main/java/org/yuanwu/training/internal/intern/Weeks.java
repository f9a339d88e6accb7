package org.yuanwu.training.internal.intern;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Teaching is planned and recorded by the week, Monday to Sunday. */
public final class Weeks {

    private Weeks() {
    }

    public static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Mondays of the weeks that touch [from, to]. */
    public static List<LocalDate> mondays(LocalDate from, LocalDate to) {
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate w = monday(from); !w.isAfter(to); w = w.plusWeeks(1)) {
            weeks.add(w);
        }
        return weeks;
    }

    /**
     * The weeks of a tutored rotation that have ended by {@code today} and have no teaching record: what the head
     * nurse chases. The current week is not missing yet.
     */
    public static List<LocalDate> missing(LocalDate from, LocalDate to, LocalDate today, java.util.Set<LocalDate> recorded) {
        List<LocalDate> missing = new ArrayList<>();
        LocalDate thisWeek = monday(today);
        for (LocalDate w : mondays(from, to)) {
            if (w.isBefore(thisWeek) && !recorded.contains(w)) {
                missing.add(w);
            }
        }
        return missing;
    }
}
