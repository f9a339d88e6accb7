package org.yuanwu.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuanwu.indicator.Period;
import org.yuanwu.plan.ItemStatus;
import org.yuanwu.plan.TargetComparator;

class ItemStatusRulesTest {

    private static final Period YEAR_2026 = Period.year(2026);

    private static ItemStatus count(TargetComparator c, long target, Long upper, Long value, LocalDate today) {
        return ItemStatusRules.indicator(true, c, BigDecimal.valueOf(target), upper == null ? null : BigDecimal.valueOf(upper),
                value == null ? null : BigDecimal.valueOf(value), YEAR_2026, today);
    }

    private static ItemStatus rate(TargetComparator c, String target, String value, LocalDate today) {
        return ItemStatusRules.indicator(false, c, new BigDecimal(target), null, value == null ? null : new BigDecimal(value),
                YEAR_2026, today);
    }

    @Test
    void aCountKeepingPaceWithTheYearIsOnTrackAndFallingBehindIsAtRisk() {
        // 1 April: 91 of 365 days have begun, so 12 lectures a year means 2.99 by now.
        LocalDate april = LocalDate.of(2026, 4, 1);
        assertThat(count(TargetComparator.AT_LEAST, 12, null, 3L, april)).isEqualTo(ItemStatus.ON_TRACK);
        assertThat(count(TargetComparator.AT_LEAST, 12, null, 2L, april)).isEqualTo(ItemStatus.AT_RISK);
    }

    @Test
    void aCountIsAchievedOnceItReachesTheTargetEvenBeforeTheYearEnds() {
        assertThat(count(TargetComparator.AT_LEAST, 12, null, 12L, LocalDate.of(2026, 6, 30))).isEqualTo(ItemStatus.ACHIEVED);
    }

    @Test
    void aCountShortOfTheTargetWhenThePeriodIsOverIsMissed() {
        assertThat(count(TargetComparator.AT_LEAST, 12, null, 11L, LocalDate.of(2027, 1, 1))).isEqualTo(ItemStatus.MISSED);
        // On the last day there is still time.
        assertThat(count(TargetComparator.AT_LEAST, 12, null, 11L, LocalDate.of(2026, 12, 31))).isEqualTo(ItemStatus.AT_RISK);
    }

    @Test
    void aCountOverItsUpperLimitIsMissedAtOnceAndWithinItAchievedWhenThePeriodEnds() {
        LocalDate march = LocalDate.of(2026, 3, 1);
        assertThat(count(TargetComparator.AT_MOST, 2, null, 3L, march)).isEqualTo(ItemStatus.MISSED);
        assertThat(count(TargetComparator.AT_MOST, 2, null, 0L, march)).isEqualTo(ItemStatus.ON_TRACK);
        assertThat(count(TargetComparator.AT_MOST, 2, null, 1L, march)).isEqualTo(ItemStatus.AT_RISK); // ahead of pace
        assertThat(count(TargetComparator.AT_MOST, 2, null, 2L, LocalDate.of(2027, 1, 5))).isEqualTo(ItemStatus.ACHIEVED);
    }

    @Test
    void aCountWithinARangeIsAchievedAndAboveItMissed() {
        LocalDate may = LocalDate.of(2026, 5, 1);
        assertThat(count(TargetComparator.BETWEEN, 4, 6L, 5L, may)).isEqualTo(ItemStatus.ACHIEVED);
        assertThat(count(TargetComparator.BETWEEN, 4, 6L, 7L, may)).isEqualTo(ItemStatus.MISSED);
        assertThat(count(TargetComparator.EQUAL, 2, null, 2L, may)).isEqualTo(ItemStatus.ACHIEVED);
        assertThat(count(TargetComparator.EQUAL, 2, null, 3L, may)).isEqualTo(ItemStatus.MISSED);
    }

    @Test
    void aRateIsOnTrackOrAtRiskDuringThePeriodAndAchievedOrMissedAfterIt() {
        LocalDate june = LocalDate.of(2026, 6, 15);
        LocalDate after = LocalDate.of(2027, 1, 2);
        assertThat(rate(TargetComparator.AT_LEAST, "95", "96.2", june)).isEqualTo(ItemStatus.ON_TRACK);
        assertThat(rate(TargetComparator.AT_LEAST, "95", "94.9", june)).isEqualTo(ItemStatus.AT_RISK);
        assertThat(rate(TargetComparator.AT_LEAST, "95", "95.0", after)).isEqualTo(ItemStatus.ACHIEVED);
        assertThat(rate(TargetComparator.AT_LEAST, "95", "94.9", after)).isEqualTo(ItemStatus.MISSED);
        // Lower is better: infection incidence at most 8 %.
        assertThat(rate(TargetComparator.AT_MOST, "8", "8.1", june)).isEqualTo(ItemStatus.AT_RISK);
        assertThat(rate(TargetComparator.AT_MOST, "8", "3.0", after)).isEqualTo(ItemStatus.ACHIEVED);
    }

    @Test
    void noValueIsNoDataNeverZero() {
        assertThat(count(TargetComparator.AT_LEAST, 12, null, null, LocalDate.of(2027, 1, 1))).isEqualTo(ItemStatus.NO_DATA);
        assertThat(rate(TargetComparator.AT_LEAST, "95", null, LocalDate.of(2026, 6, 1))).isEqualTo(ItemStatus.NO_DATA);
    }

    @Test
    void aDeliverableIsAchievedWhenDoneMissedPastDueAndAtRiskWithinTwoWeeks() {
        LocalDate due = LocalDate.of(2026, 6, 30);
        assertThat(ItemStatusRules.deliverable(true, due, LocalDate.of(2026, 8, 1))).isEqualTo(ItemStatus.ACHIEVED);
        assertThat(ItemStatusRules.deliverable(false, due, LocalDate.of(2026, 7, 1))).isEqualTo(ItemStatus.MISSED);
        assertThat(ItemStatusRules.deliverable(false, due, LocalDate.of(2026, 6, 30))).isEqualTo(ItemStatus.AT_RISK);
        assertThat(ItemStatusRules.deliverable(false, due, LocalDate.of(2026, 6, 16))).isEqualTo(ItemStatus.AT_RISK);
        assertThat(ItemStatusRules.deliverable(false, due, LocalDate.of(2026, 6, 15))).isEqualTo(ItemStatus.ON_TRACK);
    }

    @Test
    void indicatorsAreComputedFromThePeriodStartToTodayOrItsEnd() {
        assertThat(ItemStatusRules.evaluated(YEAR_2026, LocalDate.of(2025, 12, 31))).isNull();
        assertThat(ItemStatusRules.evaluated(YEAR_2026, LocalDate.of(2026, 3, 10)))
                .isEqualTo(Period.custom(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 10)));
        assertThat(ItemStatusRules.evaluated(YEAR_2026, LocalDate.of(2027, 2, 1))).isEqualTo(YEAR_2026);
        assertThat(ItemStatusRules.elapsedShare(Period.quarter(2024, 1), LocalDate.of(2024, 2, 29)))
                .isEqualByComparingTo(new BigDecimal(60).divide(new BigDecimal(91), java.math.MathContext.DECIMAL64));
    }

    @Test
    void theItemStatusIsTheWorstOfItsUnitsAndProgressIsTheShareAchievedOrOnTrack() {
        assertThat(ItemStatusRules.worst(List.of(ItemStatus.ACHIEVED, ItemStatus.AT_RISK, ItemStatus.ON_TRACK)))
                .isEqualTo(ItemStatus.AT_RISK);
        assertThat(ItemStatusRules.worst(List.of())).isEqualTo(ItemStatus.NO_DATA);
        assertThat(ItemStatusRules.progressPercent(List.of(ItemStatus.ACHIEVED, ItemStatus.ON_TRACK, ItemStatus.MISSED)))
                .isEqualTo(67);
        assertThat(ItemStatusRules.progressPercent(List.of())).isZero();
    }
}
