package org.yuanwu.plan.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The health days calendar (plan/health_days.csv: date_rule,name_zh,name_en). A rule is a fixed
 * date {@code MM-DD}, a week {@code MM-DD..MM-DD} (due on its first day), or a weekday of a month
 * {@code MM-<first|second|third|fourth|last>-<weekday>}.
 */
public final class HealthDays {

    public record HealthDay(String rule, String nameZh, String nameEn) {

        public LocalDate dateIn(int year) {
            return HealthDays.dateIn(rule, year);
        }
    }

    private static final Pattern FIXED = Pattern.compile("(\\d{2})-(\\d{2})");
    private static final Pattern RANGE = Pattern.compile("(\\d{2})-(\\d{2})\\.\\.(\\d{2})-(\\d{2})");
    private static final Pattern NTH = Pattern.compile("(\\d{2})-(first|second|third|fourth|last)-([a-z]+)");

    private static final List<HealthDay> DEFAULT = load();

    private HealthDays() {
    }

    public static List<HealthDay> all() {
        return DEFAULT;
    }

    static List<HealthDay> load() {
        try (InputStream in = HealthDays.class.getResourceAsStream("/plan/health_days.csv")) {
            if (in == null) {
                throw new IllegalStateException("plan/health_days.csv is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the CSV text (with its header line); every rule is checked here, so a bad line fails at start-up. */
    public static List<HealthDay> parse(String csv) {
        List<HealthDay> days = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(csv))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (header) {
                    header = false;
                    if (line.startsWith("date_rule")) {
                        continue;
                    }
                }
                if (line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split(",", 3);
                if (parts.length < 2) {
                    throw new IllegalArgumentException("Bad health day line: " + line);
                }
                HealthDay day = new HealthDay(parts[0].strip(), parts[1].strip(), parts.length > 2 ? parts[2].strip() : parts[1].strip());
                dateIn(day.rule(), 2024); // validates
                days.add(day);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(days);
    }

    /** The date a rule falls on in a year. */
    public static LocalDate dateIn(String rule, int year) {
        String r = rule.strip().toLowerCase(Locale.ROOT);
        Matcher m = RANGE.matcher(r);
        if (m.matches()) {
            LocalDate start = fixed(year, m.group(1), m.group(2), rule);
            fixed(year, m.group(3), m.group(4), rule);
            return start;
        }
        m = FIXED.matcher(r);
        if (m.matches()) {
            return fixed(year, m.group(1), m.group(2), rule);
        }
        m = NTH.matcher(r);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("Bad month in health day rule: " + rule);
            }
            DayOfWeek weekday;
            try {
                weekday = DayOfWeek.valueOf(m.group(3).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Bad weekday in health day rule: " + rule);
            }
            LocalDate first = LocalDate.of(year, month, 1);
            return switch (m.group(2)) {
                case "last" -> first.with(TemporalAdjusters.lastInMonth(weekday));
                case "first" -> first.with(TemporalAdjusters.dayOfWeekInMonth(1, weekday));
                case "second" -> first.with(TemporalAdjusters.dayOfWeekInMonth(2, weekday));
                case "third" -> first.with(TemporalAdjusters.dayOfWeekInMonth(3, weekday));
                default -> first.with(TemporalAdjusters.dayOfWeekInMonth(4, weekday));
            };
        }
        throw new IllegalArgumentException("Bad health day rule: " + rule);
    }

    private static LocalDate fixed(int year, String mm, String dd, String rule) {
        int month = Integer.parseInt(mm);
        int day = Integer.parseInt(dd);
        if (month < 1 || month > 12 || day < 1 || day > MonthDay.of(month, 1).getMonth().maxLength()) {
            throw new IllegalArgumentException("Bad date in health day rule: " + rule);
        }
        YearMonth ym = YearMonth.of(year, month);
        return ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }
}
