package org.yuanwu.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yuanwu.quality.FindingStatus;

class FindingRulesTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 8);

    @Test
    void rectificationPastDeadlineIsFlaggedOverdue() {
        assertThat(FindingRules.overdue(FindingStatus.OPEN, DEADLINE, DEADLINE.plusDays(1))).isTrue();
        assertThat(FindingRules.overdue(FindingStatus.ANSWERED, DEADLINE, DEADLINE.plusDays(1))).isTrue();
    }

    @Test
    void theDeadlineDayItselfIsNotOverdue() {
        assertThat(FindingRules.overdue(FindingStatus.OPEN, DEADLINE, DEADLINE)).isFalse();
    }

    @Test
    void closedOrWithdrawnFindingsAreNeverOverdue() {
        assertThat(FindingRules.overdue(FindingStatus.ACCEPTED, DEADLINE, DEADLINE.plusDays(30))).isFalse();
        assertThat(FindingRules.overdue(FindingStatus.WITHDRAWN, DEADLINE, DEADLINE.plusDays(30))).isFalse();
    }

    @Test
    void theSameItemFailingWithinTheWindowRecurs() {
        LocalDate now = LocalDate.of(2026, 11, 1);
        assertThat(FindingRules.recurs(now.minusDays(90), now, 90)).isTrue();
        assertThat(FindingRules.recurs(now.minusDays(10), now, 90)).isTrue();
        assertThat(FindingRules.recurs(now, now, 90)).isTrue();
    }

    @Test
    void aFailureOlderThanTheWindowOrLaterDoesNotRecur() {
        LocalDate now = LocalDate.of(2026, 11, 1);
        assertThat(FindingRules.recurs(now.minusDays(91), now, 90)).isFalse();
        assertThat(FindingRules.recurs(now.plusDays(1), now, 90)).isFalse();
    }

    @Test
    void onlyAcceptanceOnOrBeforeTheDeadlineCountsAsOnTime() {
        assertThat(FindingRules.closedOnTime(FindingStatus.ACCEPTED, DEADLINE, DEADLINE)).isTrue();
        assertThat(FindingRules.closedOnTime(FindingStatus.ACCEPTED, DEADLINE.plusDays(1), DEADLINE)).isFalse();
        assertThat(FindingRules.closedOnTime(FindingStatus.ANSWERED, null, DEADLINE)).isFalse();
    }
}
