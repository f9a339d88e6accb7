package org.yuanwu.indicator;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a date range (end inclusive) with its granularity.
 *
 * <p>A period of a calendar type (everything but {@code CUSTOM}) lies within one natural
 * period of that type: either the whole of it, or a piece of it clipped by {@link #split}.
 * Clipped pieces keep their type but are written ({@link #code()}) and labelled like a
 * custom range, since no calendar name describes them. Dates are limited to the years
 * 1–9999 so that every code has four-digit years and parses back.
 */
public record Period(PeriodType type, LocalDate start, LocalDate end) {

    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;
    private static final int MAX_CUSTOM_YEARS = 10;

    private static final Pattern YEAR_CODE = Pattern.compile("(\\d{4})");
    private static final Pattern HALF_YEAR_CODE = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern QUARTER_CODE = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH_CODE = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK_CODE = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern DAY_CODE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern RANGE_CODE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    public Period {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        requireSupportedYear(start.getYear());
        requireSupportedYear(end.getYear());
        if (start.isAfter(end)) {
            throw new IllegalArgumentException("Period start " + start + " is after its end " + end);
        }
        if (type != PeriodType.CUSTOM && end.isAfter(lastDayOf(type, start))) {
            throw new IllegalArgumentException(
                    "A " + type + " period cannot span " + start + " to " + end + "; use a CUSTOM period");
        }
    }

    // ---------------------------------------------------------------- factories

    public static Period day(LocalDate date) {
        return containing(PeriodType.DAY, date);
    }

    /** The ISO week (Monday to Sunday) that contains the given day. */
    public static Period week(LocalDate anyDayInIt) {
        return containing(PeriodType.WEEK, anyDayInIt);
    }

    public static Period month(int year, int month) {
        requireInRange("month", month, 1, 12);
        return containing(PeriodType.MONTH, validDate(year, month));
    }

    public static Period quarter(int year, int q) {
        requireInRange("quarter", q, 1, 4);
        return containing(PeriodType.QUARTER, validDate(year, (q - 1) * 3 + 1));
    }

    public static Period halfYear(int year, int h) {
        requireInRange("half-year", h, 1, 2);
        return containing(PeriodType.HALF_YEAR, validDate(year, (h - 1) * 6 + 1));
    }

    public static Period year(int year) {
        return containing(PeriodType.YEAR, validDate(year, 1));
    }

    /** An arbitrary range, ends inclusive, shorter than ten years (to ≤ from + 10 years − 1 day). */
    public static Period custom(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        requireSupportedYear(from.getYear());
        if (!to.isBefore(from.plusYears(MAX_CUSTOM_YEARS))) {
            throw new IllegalArgumentException(
                    "A custom period may be at most " + MAX_CUSTOM_YEARS + " years long: " + from + " to " + to);
        }
        return new Period(PeriodType.CUSTOM, from, to);
    }

    /** The whole period of the given calendar type that contains the date. */
    public static Period containing(PeriodType type, LocalDate date) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        if (type == PeriodType.CUSTOM) {
            throw new IllegalArgumentException("A CUSTOM period has no natural boundaries; use custom(from, to)");
        }
        requireSupportedYear(date.getYear());
        return new Period(type, firstDayOf(type, date), lastDayOf(type, date));
    }

    // ---------------------------------------------------------------- codes

    /** Reads a code written by {@link #code()}; anything else is rejected. */
    public static Period parse(String code) {
        if (code == null) {
            throw new IllegalArgumentException("Invalid period code: null");
        }
        try {
            Matcher m;
            if ((m = YEAR_CODE.matcher(code)).matches()) {
                return year(number(m, 1));
            }
            if ((m = HALF_YEAR_CODE.matcher(code)).matches()) {
                return halfYear(number(m, 1), number(m, 2));
            }
            if ((m = QUARTER_CODE.matcher(code)).matches()) {
                return quarter(number(m, 1), number(m, 2));
            }
            if ((m = MONTH_CODE.matcher(code)).matches()) {
                return month(number(m, 1), number(m, 2));
            }
            if ((m = WEEK_CODE.matcher(code)).matches()) {
                return isoWeek(number(m, 1), number(m, 2));
            }
            if (DAY_CODE.matcher(code).matches()) {
                return day(LocalDate.parse(code)); // ISO_LOCAL_DATE is strict: 2026-02-30 fails
            }
            if ((m = RANGE_CODE.matcher(code)).matches()) {
                return custom(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IllegalArgumentException("Invalid period code: '" + code + "' (" + e.getMessage() + ")", e);
        }
        throw new IllegalArgumentException("Invalid period code: '" + code + "'");
    }

    /**
     * A stable text form, the inverse of {@link #parse}: "2026", "2026-H1", "2026-Q3", "2026-03",
     * "2026-W05" (ISO week-based year), "2026-03-15", "2026-01-01..2026-03-31". A clipped piece is
     * written as a range and so parses back as a CUSTOM period with the same dates.
     */
    public String code() {
        if (type == PeriodType.CUSTOM || !isWhole()) {
            return start + ".." + end;
        }
        int year = start.getYear();
        return switch (type) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%04d-W%02d", weekBasedYear(), weekNumber());
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, start.getMonthValue());
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", year, quarterNumber());
            case HALF_YEAR -> String.format(Locale.ROOT, "%04d-H%d", year, halfNumber());
            case YEAR -> String.format(Locale.ROOT, "%04d", year);
            case CUSTOM -> throw new AssertionError("handled above");
        };
    }

    // ---------------------------------------------------------------- comparisons and pieces

    /**
     * The same period one year earlier, for year-on-year comparison. Calendar periods move by
     * calendar (February 2025 → February 2024, all 29 days); a day or custom range moves each end
     * back a year (Feb 29 → Feb 28); a week becomes the week with the same number in the previous
     * week-based year, or its last week (52) when that year has no week 53. A clipped piece keeps
     * its position inside the matching period of the previous year.
     */
    public Period previousYear() {
        return switch (type) {
            case DAY -> day(start.minusYears(1));
            case CUSTOM -> new Period(PeriodType.CUSTOM, start.minusYears(1), end.minusYears(1));
            case WEEK -> {
                int lastYear = weekBasedYear() - 1;
                Period lastYearsWeek = isoWeek(lastYear, Math.min(weekNumber(), weeksIn(lastYear)));
                LocalDate monday = firstDayOf(PeriodType.WEEK, start);
                yield new Period(PeriodType.WEEK,
                        lastYearsWeek.start.plusDays(ChronoUnit.DAYS.between(monday, start)),
                        lastYearsWeek.start.plusDays(ChronoUnit.DAYS.between(monday, end)));
            }
            default -> {
                LocalDate lastYearsStart = start.minusYears(1); // same month, so same natural period
                boolean endsWithItsPeriod = end.equals(lastDayOf(type, start));
                LocalDate lastYearsEnd = endsWithItsPeriod ? lastDayOf(type, lastYearsStart) : end.minusYears(1);
                yield new Period(type, lastYearsStart, lastYearsEnd);
            }
        };
    }

    /**
     * Consecutive periods of the finer type covering exactly this one; the first and last are
     * clipped to it. Splitting by the same or a coarser type (or by CUSTOM) returns this period.
     */
    public List<Period> split(PeriodType finer) {
        Objects.requireNonNull(finer, "finer");
        // PeriodType is declared finest first, with CUSTOM last: nothing splits into CUSTOM pieces.
        if (finer == PeriodType.CUSTOM || finer.ordinal() >= type.ordinal()) {
            return List.of(this);
        }
        List<Period> pieces = new ArrayList<>();
        LocalDate from = start;
        while (!from.isAfter(end)) {
            LocalDate naturalEnd = lastDayOf(finer, from);
            LocalDate to = naturalEnd.isBefore(end) ? naturalEnd : end;
            pieces.add(new Period(finer, from, to));
            from = to.plusDays(1);
        }
        return List.copyOf(pieces);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Number of days, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    // ---------------------------------------------------------------- labels

    /** A human label: Chinese for any "zh" locale, English otherwise. */
    public String label(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean chinese = "zh".equals(locale.getLanguage());
        if (type == PeriodType.CUSTOM || !isWhole()) {
            return start + (chinese ? " 至 " : " \u2013 ") + end;
        }
        int year = start.getYear();
        if (chinese) {
            return switch (type) {
                case DAY -> year + "年" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日";
                case WEEK -> weekBasedYear() + "年第" + weekNumber() + "周";
                case MONTH -> year + "年" + start.getMonthValue() + "月";
                case QUARTER -> year + "年第" + quarterNumber() + "季度";
                case HALF_YEAR -> year + (halfNumber() == 1 ? "年上半年" : "年下半年");
                case YEAR -> year + "年";
                case CUSTOM -> throw new AssertionError("handled above");
            };
        }
        return switch (type) {
            case DAY -> start.toString();
            case WEEK -> "Week " + weekNumber() + ", " + weekBasedYear();
            case MONTH -> shortEnglishName(start.getMonth()) + " " + year;
            case QUARTER -> "Q" + quarterNumber() + " " + year;
            case HALF_YEAR -> "H" + halfNumber() + " " + year;
            case YEAR -> Integer.toString(year);
            case CUSTOM -> throw new AssertionError("handled above");
        };
    }

    // ---------------------------------------------------------------- internals

    /** Whether this covers its whole natural period, i.e. was not clipped by a split. */
    private boolean isWhole() {
        return type == PeriodType.CUSTOM
                || (start.equals(firstDayOf(type, start)) && end.equals(lastDayOf(type, start)));
    }

    private int weekBasedYear() {
        return start.get(IsoFields.WEEK_BASED_YEAR);
    }

    private int weekNumber() {
        return start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private int quarterNumber() {
        return (start.getMonthValue() - 1) / 3 + 1;
    }

    private int halfNumber() {
        return start.getMonthValue() <= 6 ? 1 : 2;
    }

    private static Period isoWeek(int weekBasedYear, int week) {
        requireSupportedYear(weekBasedYear);
        requireInRange("week of " + weekBasedYear, week, 1, weeksIn(weekBasedYear));
        // January 4th is always in week 1.
        LocalDate firstMonday = LocalDate.of(weekBasedYear, 1, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return week(firstMonday.plusWeeks(week - 1L));
    }

    /** 52 or 53: December 28th is always in the last ISO week of its year. */
    private static int weeksIn(int weekBasedYear) {
        return LocalDate.of(weekBasedYear, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private static LocalDate firstDayOf(PeriodType type, LocalDate date) {
        return switch (type) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case HALF_YEAR -> LocalDate.of(date.getYear(), date.getMonthValue() <= 6 ? 1 : 7, 1);
            case YEAR -> date.withDayOfYear(1);
            case CUSTOM -> throw new IllegalArgumentException("CUSTOM has no natural boundaries");
        };
    }

    private static LocalDate lastDayOf(PeriodType type, LocalDate date) {
        return switch (type) {
            case DAY -> date;
            case WEEK -> firstDayOf(type, date).plusDays(6);
            case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
            case QUARTER -> firstDayOf(type, date).plusMonths(3).minusDays(1);
            case HALF_YEAR -> firstDayOf(type, date).plusMonths(6).minusDays(1);
            case YEAR -> date.with(TemporalAdjusters.lastDayOfYear());
            case CUSTOM -> throw new IllegalArgumentException("CUSTOM has no natural boundaries");
        };
    }

    private static LocalDate validDate(int year, int month) {
        requireSupportedYear(year);
        return LocalDate.of(year, month, 1);
    }

    private static void requireSupportedYear(int year) {
        requireInRange("year", year, MIN_YEAR, MAX_YEAR);
    }

    private static void requireInRange(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ": " + value);
        }
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** "Jan", "Feb", … independent of the JDK's locale data. */
    private static String shortEnglishName(Month month) {
        String name = month.name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
    }
}
