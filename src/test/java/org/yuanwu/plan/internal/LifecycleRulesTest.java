package org.yuanwu.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yuanwu.indicator.Period;
import org.yuanwu.plan.PlanAction;
import org.yuanwu.plan.PlanKind;
import org.yuanwu.plan.PlanStatus;

class LifecycleRulesTest {

    private static final Period YEAR = Period.year(2026);
    private static final LocalDate BEFORE = LocalDate.of(2025, 12, 20);
    private static final LocalDate DURING = LocalDate.of(2026, 3, 1);

    @Test
    void draftsAndReturnedPlansAreSubmittedAndOnlySubmittedPlansAreApprovedOrReturned() {
        assertThat(LifecycleRules.next(PlanStatus.DRAFT, PlanAction.SUBMIT, YEAR, DURING)).contains(PlanStatus.SUBMITTED);
        assertThat(LifecycleRules.next(PlanStatus.RETURNED, PlanAction.SUBMIT, YEAR, DURING)).contains(PlanStatus.SUBMITTED);
        assertThat(LifecycleRules.next(PlanStatus.SUBMITTED, PlanAction.RETURN, YEAR, DURING)).contains(PlanStatus.RETURNED);
        assertThat(LifecycleRules.next(PlanStatus.DRAFT, PlanAction.APPROVE, YEAR, DURING)).isEmpty();
        assertThat(LifecycleRules.next(PlanStatus.IN_PROGRESS, PlanAction.RETURN, YEAR, DURING)).isEmpty();
        assertThat(LifecycleRules.next(PlanStatus.CLOSED, PlanAction.SUBMIT, YEAR, DURING)).isEmpty();
    }

    @Test
    void approvalStartsThePlanOnceItsPeriodHasBegunAndOtherwiseItIsStartedLater() {
        assertThat(LifecycleRules.next(PlanStatus.SUBMITTED, PlanAction.APPROVE, YEAR, DURING)).contains(PlanStatus.IN_PROGRESS);
        assertThat(LifecycleRules.next(PlanStatus.SUBMITTED, PlanAction.APPROVE, YEAR, BEFORE)).contains(PlanStatus.APPROVED);
        assertThat(LifecycleRules.next(PlanStatus.APPROVED, PlanAction.START, YEAR, BEFORE)).contains(PlanStatus.IN_PROGRESS);
        assertThat(LifecycleRules.next(PlanStatus.IN_PROGRESS, PlanAction.CLOSE, YEAR, DURING)).contains(PlanStatus.CLOSED);
        assertThat(LifecycleRules.next(PlanStatus.DRAFT, PlanAction.CLOSE, YEAR, DURING)).isEmpty();
    }

    @Test
    void anAnnualPlanClosesFromTheFirstOfDecemberAndAMonthlyOneInItsLastWeek() {
        assertThat(LifecycleRules.closableFrom(PlanKind.ANNUAL, YEAR)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(LifecycleRules.closableFrom(PlanKind.QUARTERLY, Period.quarter(2026, 2))).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(LifecycleRules.closableFrom(PlanKind.MONTHLY, Period.month(2024, 2))).isEqualTo(LocalDate.of(2024, 2, 23));
    }
}
