package org.yuanwu.infection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yuanwu.infection.TestResult;

class SterilizationRulesTest {

    @Test
    void aLoadIsReleasedOnlyWhenNothingFailedAndAPendingIndicatorDoesNotHoldIt() {
        assertThat(SterilizationRules.released(TestResult.PASS, TestResult.PASS, null)).isTrue();
        assertThat(SterilizationRules.released(null, TestResult.PASS, TestResult.PENDING)).isTrue();
        assertThat(SterilizationRules.released(TestResult.FAIL, TestResult.PASS, null)).isFalse();
        assertThat(SterilizationRules.released(null, TestResult.FAIL, null)).isFalse();
        assertThat(SterilizationRules.released(null, TestResult.PASS, TestResult.FAIL)).isFalse();
    }

    @Test
    void biologicalMonitoringIsDueEachCalendarWeekFromMonday() {
        LocalDate wednesday = LocalDate.of(2026, 11, 25);
        assertThat(SterilizationRules.biologicalDue(null, wednesday)).isTrue();
        assertThat(SterilizationRules.biologicalDue(LocalDate.of(2026, 11, 23), wednesday)).as("this Monday").isFalse();
        assertThat(SterilizationRules.biologicalDue(LocalDate.of(2026, 11, 22), wednesday)).as("last Sunday").isTrue();
    }
}
