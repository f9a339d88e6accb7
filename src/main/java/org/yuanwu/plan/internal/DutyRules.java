package org.yuanwu.plan.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yuanwu.plan.DutyFrequency;

/** The dates a recurring duty falls due in a year. Pure: no clock, no database. */
public final class DutyRules {

    /** A date a duty falls due, with a label (the health day's name) where there is one. */
    public record Occurrence(LocalDate date, String label) {
    }

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private DutyRules() {
    }

    /** Reads "MM-DD" (02-29 allowed); null when it is not one. */
    public static MonthDay parseMonthDay(String text) {
        if (text == null || !text.strip().matches("\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return MonthDay.parse("--" + text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static String format(MonthDay md) {
        return md == null ? null : md.format(MONTH_DAY);
    }

    /** Just the dates, for rules other than health days (whose labels the other overload gives). */
    public static List<LocalDate> dates(DutyFrequency frequency, Integer dayOfMonth, MonthDay monthDay, DayOfWeek weekday,
                                        int year) {
        return occurrences(frequency, dayOfMonth, monthDay, weekday, year, HealthDays.all()).stream()
                .map(Occurrence::date).toList();
    }

    /** Every date of the year the rule falls on, in order and without repeats. */
    public static List<Occurrence> occurrences(DutyFrequency frequency, Integer dayOfMonth, MonthDay monthDay,
                                               DayOfWeek weekday, int year, List<HealthDays.HealthDay> healthDays) {
        List<Occurrence> out = new ArrayList<>();
        switch (frequency) {
            case MONTHLY -> months(out, year, requireDay(dayOfMonth), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
            case QUARTERLY -> months(out, year, requireDay(dayOfMonth), 1, 4, 7, 10);
            case HALF_YEARLY -> months(out, year, requireDay(dayOfMonth), 1, 7);
            case YEARLY -> {
                if (monthDay == null) {
                    throw new IllegalArgumentException("A yearly duty needs a date");
                }
                out.add(new Occurrence(onOrBefore(year, monthDay.getMonthValue(), monthDay.getDayOfMonth()), null));
            }
            case WEEKLY -> {
                if (weekday == null) {
                    throw new IllegalArgumentException("A weekly duty needs a weekday");
                }
                for (LocalDate d = LocalDate.of(year, 1, 1).with(TemporalAdjusters.nextOrSame(weekday));
                     d.getYear() == year; d = d.plusWeeks(1)) {
                    out.add(new Occurrence(d, null));
                }
            }
            case HEALTH_DAY -> {
                java.util.Map<LocalDate, String> byDate = new java.util.TreeMap<>();
                for (HealthDays.HealthDay day : healthDays) {
                    byDate.merge(day.dateIn(year), day.nameZh(), (a, b) -> a + "、" + b);
                }
                byDate.forEach((date, name) -> out.add(new Occurrence(date, name)));
            }
        }
        out.sort(Comparator.comparing(Occurrence::date));
        return List.copyOf(out);
    }

    private static int requireDay(Integer day) {
        if (day == null || day < 1 || day > 31) {
            throw new IllegalArgumentException("Day of month must be 1–31");
        }
        return day;
    }

    private static void months(List<Occurrence> out, int year, int day, int... months) {
        for (int month : months) {
            out.add(new Occurrence(onOrBefore(year, month, day), null));
        }
    }

    /** Day N of the month, or its last day when the month is shorter. */
    static LocalDate onOrBefore(int year, int month, int day) {
        YearMonth ym = YearMonth.of(year, month);
        return ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }
}
