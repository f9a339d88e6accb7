package org.yuanwu.union;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActivitySignupRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 12);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 5, 8);

    @Test
    void aSignUpWithinDeadlineAndCapacityIsAccepted() {
        assertThat(ActivitySignupRules.refusal(ActivityStatus.PLANNED, DAY, DEADLINE, 20, 19, false, DEADLINE)).isEmpty();
    }

    @Test
    void aSignUpOverCapacityIsRefused() {
        assertThat(ActivitySignupRules.refusal(ActivityStatus.PLANNED, DAY, DEADLINE, 20, 20, false, DEADLINE.minusDays(3)))
                .contains("activity.error.full");
    }

    @Test
    void noCapacityMeansNoLimit() {
        assertThat(ActivitySignupRules.refusal(ActivityStatus.PLANNED, DAY, DEADLINE, null, 5000, false, DEADLINE)).isEmpty();
    }

    @Test
    void aSignUpTheDayAfterTheDeadlineIsRefused() {
        assertThat(ActivitySignupRules.refusal(ActivityStatus.PLANNED, DAY, DEADLINE, 20, 0, false, DEADLINE.plusDays(1)))
                .contains("activity.error.deadlinePassed");
    }

    @Test
    void withoutADeadlineSignUpClosesAfterTheActivityDay() {
        assertThat(ActivitySignupRules.refusal(ActivityStatus.PLANNED, DAY, null, 20, 0, false, DAY)).isEmpty();
        assertThat(ActivitySignupRules.refusal(ActivityStatus.PLANNED, DAY, null, 20, 0, false, DAY.plusDays(1)))
                .contains("activity.error.deadlinePassed");
    }

    @Test
    void signingUpTwiceIsRefused() {
        assertThat(ActivitySignupRules.refusal(ActivityStatus.PLANNED, DAY, DEADLINE, 20, 3, true, DEADLINE))
                .contains("activity.error.alreadySignedUp");
    }

    @Test
    void heldOrCancelledActivitiesTakeNoSignUps() {
        assertThat(ActivitySignupRules.refusal(ActivityStatus.CANCELLED, DAY, DEADLINE, 20, 0, false, DEADLINE.minusDays(5)))
                .contains("activity.error.notOpen");
        assertThat(ActivitySignupRules.refusal(ActivityStatus.HELD, DAY, DEADLINE, 20, 0, false, DEADLINE.minusDays(5)))
                .contains("activity.error.notOpen");
    }
}
