package org.yuanwu.party;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The weekly study rule ("two hours of political study a week"): for a department and a range of dates, every week
 * (Monday to Sunday) that has ended within the range is listed with its hours; a week with fewer than the required
 * hours is short, including a week with no session at all. A week still running on the range's last day is judged
 * too, since the range is what the caller asked about.
 */
public final class StudyHours {

    private StudyHours() {
    }

    public record Session(LocalDate heldOn, BigDecimal hours, int present, int listed) {
    }

    public static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The weeks whose Monday falls within [from, to], each with its totals. */
    public static List<StudyWeek> weeks(Long unitId, String unitName, Collection<Session> sessions, LocalDate from,
                                        LocalDate to, BigDecimal requiredHours) {
        List<StudyWeek> out = new ArrayList<>();
        for (LocalDate monday = weekStart(from).isBefore(from) ? weekStart(from).plusWeeks(1) : from;
             !monday.isAfter(to); monday = monday.plusWeeks(1)) {
            LocalDate start = monday;
            LocalDate end = monday.plusDays(6);
            BigDecimal hours = BigDecimal.ZERO;
            int count = 0;
            int present = 0;
            int listed = 0;
            for (Session s : sessions) {
                if (!s.heldOn().isBefore(start) && !s.heldOn().isAfter(end)) {
                    hours = hours.add(s.hours());
                    count++;
                    present += s.present();
                    listed += s.listed();
                }
            }
            out.add(StudyWeek.of(unitId, unitName, start, hours, count, present, listed,
                    hours.compareTo(requiredHours) < 0));
        }
        return out;
    }
}
