package org.yuanwu.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuanwu.plan.DutyFrequency;

class DutyRulesTest {

    private static List<LocalDate> dates(DutyFrequency f, Integer day, String md, DayOfWeek wd, int year) {
        return DutyRules.dates(f, day, DutyRules.parseMonthDay(md), wd, year);
    }

    @Test
    void monthlyOnDay15GivesTwelveDates() {
        List<LocalDate> d = dates(DutyFrequency.MONTHLY, 15, null, null, 2026);
        assertThat(d).hasSize(12).allMatch(x -> x.getDayOfMonth() == 15 && x.getYear() == 2026);
        assertThat(d.get(0)).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(d.get(11)).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void monthlyOnDay31IsClampedToTheMonthEnd() {
        List<LocalDate> common = dates(DutyFrequency.MONTHLY, 31, null, null, 2026);
        assertThat(common).hasSize(12);
        assertThat(common.get(1)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(common.get(3)).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(common.get(0)).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(dates(DutyFrequency.MONTHLY, 31, null, null, 2024).get(1)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(dates(DutyFrequency.MONTHLY, 30, null, null, 2100).get(1)).isEqualTo(LocalDate.of(2100, 2, 28));
        assertThat(dates(DutyFrequency.MONTHLY, 29, null, null, 2000).get(1)).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void quarterlyAndHalfYearly() {
        assertThat(dates(DutyFrequency.QUARTERLY, 31, null, null, 2026)).containsExactly(
                LocalDate.of(2026, 1, 31), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 7, 31), LocalDate.of(2026, 10, 31));
        assertThat(dates(DutyFrequency.HALF_YEARLY, 1, null, null, 2026)).containsExactly(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1));
    }

    @Test
    void yearlyOnFebruary29FallsOnThe28thInACommonYear() {
        assertThat(dates(DutyFrequency.YEARLY, null, "02-29", null, 2024)).containsExactly(LocalDate.of(2024, 2, 29));
        assertThat(dates(DutyFrequency.YEARLY, null, "02-29", null, 2026)).containsExactly(LocalDate.of(2026, 2, 28));
        assertThat(dates(DutyFrequency.YEARLY, null, "12-31", null, 2026)).containsExactly(LocalDate.of(2026, 12, 31));
    }

    @Test
    void monthDaysAreParsedStrictly() {
        assertThat(DutyRules.parseMonthDay("02-29")).isEqualTo(MonthDay.of(2, 29));
        assertThat(DutyRules.parseMonthDay("02-30")).isNull();
        assertThat(DutyRules.parseMonthDay("13-01")).isNull();
        assertThat(DutyRules.parseMonthDay("2-1")).isNull();
        assertThat(DutyRules.parseMonthDay(null)).isNull();
    }

    @Test
    void weeklyOnAWeekday() {
        List<LocalDate> mondays2026 = dates(DutyFrequency.WEEKLY, null, null, DayOfWeek.MONDAY, 2026);
        assertThat(mondays2026).hasSize(52).allMatch(d -> d.getDayOfWeek() == DayOfWeek.MONDAY);
        assertThat(mondays2026.get(0)).isEqualTo(LocalDate.of(2026, 1, 5));
        // 2026 begins on a Thursday: 53 Thursdays.
        assertThat(dates(DutyFrequency.WEEKLY, null, null, DayOfWeek.THURSDAY, 2026)).hasSize(53)
                .startsWith(LocalDate.of(2026, 1, 1)).endsWith(LocalDate.of(2026, 12, 31));
        // 2024, a leap year beginning on a Monday: 53 Mondays and 53 Tuesdays.
        assertThat(dates(DutyFrequency.WEEKLY, null, null, DayOfWeek.TUESDAY, 2024)).hasSize(53);
    }

    @Test
    void missingParametersAreRefused() {
        assertThatThrownBy(() -> dates(DutyFrequency.MONTHLY, null, null, null, 2026)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dates(DutyFrequency.MONTHLY, 32, null, null, 2026)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dates(DutyFrequency.YEARLY, null, null, null, 2026)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dates(DutyFrequency.WEEKLY, null, null, null, 2026)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void healthDayRuleForms() {
        // Last Sunday of January: 2026-01-25, 2025-01-26, 2023-01-29.
        assertThat(HealthDays.dateIn("01-last-sunday", 2026)).isEqualTo(LocalDate.of(2026, 1, 25));
        assertThat(HealthDays.dateIn("01-last-sunday", 2025)).isEqualTo(LocalDate.of(2025, 1, 26));
        assertThat(HealthDays.dateIn("01-last-sunday", 2023)).isEqualTo(LocalDate.of(2023, 1, 29));
        assertThat(HealthDays.dateIn("05-first-monday", 2026)).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(HealthDays.dateIn("11-second-thursday", 2026)).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(HealthDays.dateIn("03-24", 2026)).isEqualTo(LocalDate.of(2026, 3, 24));
        // A week is due on its first day.
        assertThat(HealthDays.dateIn("04-15..04-21", 2026)).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(HealthDays.dateIn("02-29", 2026)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThatThrownBy(() -> HealthDays.dateIn("13-01", 2026)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HealthDays.dateIn("01-last-funday", 2026)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HealthDays.dateIn("every day", 2026)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBundledCalendarLoadsAndGivesOneDatePerHealthDay() {
        List<HealthDays.HealthDay> all = HealthDays.all();
        assertThat(all).hasSize(22);
        assertThat(all).extracting(HealthDays.HealthDay::nameZh).contains("国际护士节", "世界防治麻风病日", "全国肿瘤防治宣传周");
        List<DutyRules.Occurrence> occ = DutyRules.occurrences(DutyFrequency.HEALTH_DAY, null, null, null, 2026, all);
        assertThat(occ).hasSize(22);
        assertThat(occ.get(0)).isEqualTo(new DutyRules.Occurrence(LocalDate.of(2026, 1, 25), "世界防治麻风病日"));
        assertThat(occ).contains(new DutyRules.Occurrence(LocalDate.of(2026, 5, 12), "国际护士节"));
        assertThat(occ).extracting(DutyRules.Occurrence::date).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void healthDaysOnTheSameDateAreMerged() {
        List<HealthDays.HealthDay> days = HealthDays.parse("date_rule,name_zh,name_en\n03-24,甲,A\n03-24,乙,B\n12-01,丙,C\n");
        assertThat(DutyRules.occurrences(DutyFrequency.HEALTH_DAY, null, null, null, 2026, days)).containsExactly(
                new DutyRules.Occurrence(LocalDate.of(2026, 3, 24), "甲、乙"),
                new DutyRules.Occurrence(LocalDate.of(2026, 12, 1), "丙"));
        assertThatThrownBy(() -> HealthDays.parse("date_rule,name_zh,name_en\n99-99,坏,Bad\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
