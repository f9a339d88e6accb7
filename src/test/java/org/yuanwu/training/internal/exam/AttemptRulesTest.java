package org.yuanwu.training.internal.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuanwu.training.ExamPassMarkType;

/** Deadlines, late arrivals, passing, the attempt that counts and when a retake is allowed. */
class AttemptRulesTest {

    private static final Instant START = Instant.parse("2026-11-24T02:00:00Z");

    @Test
    void theDeadlineIsStartPlusDurationCappedAtTheClose() {
        assertThat(AttemptRules.deadline(START, 60, START.plusSeconds(7200))).isEqualTo(START.plusSeconds(3600));
        assertThat(AttemptRules.deadline(START, 60, START.plusSeconds(600))).isEqualTo(START.plusSeconds(600));
    }

    @Test
    void somethingArrivingAtOrAfterTheDeadlineIsLate() {
        Instant deadline = START.plusSeconds(3600);
        assertThat(AttemptRules.late(deadline, deadline.minusMillis(1))).isFalse();
        assertThat(AttemptRules.late(deadline, deadline)).isTrue();
        assertThat(AttemptRules.late(deadline, deadline.plusSeconds(5))).isTrue();
        assertThat(AttemptRules.late(null, deadline)).isFalse();
    }

    @Test
    void aPercentPassMarkIsTakenOfThePapersMaximum() {
        assertThat(AttemptRules.passed(new BigDecimal("47.5"), BigDecimal.valueOf(60), ExamPassMarkType.PERCENT,
                BigDecimal.valueOf(80))).isFalse();
        assertThat(AttemptRules.passed(BigDecimal.valueOf(48), BigDecimal.valueOf(60), ExamPassMarkType.PERCENT,
                BigDecimal.valueOf(80))).isTrue();
        assertThat(AttemptRules.passed(BigDecimal.valueOf(59), BigDecimal.valueOf(60), ExamPassMarkType.POINTS,
                BigDecimal.valueOf(100))).isFalse();
    }

    @Test
    void theBestGradedAttemptCountsAndTheEarlierOneOnATie() {
        var first = new AttemptRules.Outcome(1, BigDecimal.valueOf(50), false);
        var second = new AttemptRules.Outcome(2, BigDecimal.valueOf(80), true);
        var third = new AttemptRules.Outcome(3, BigDecimal.valueOf(80), true);
        assertThat(AttemptRules.counted(List.of(first, second, third), o -> o)).contains(second);
        assertThat(AttemptRules.counted(List.<AttemptRules.Outcome>of(), o -> o)).isEmpty();
    }

    @Test
    void aRetakeIsRefusedOncePassedWhilePendingOrWhenNoAttemptsAreLeft() {
        var failed = new AttemptRules.Outcome(1, BigDecimal.TEN, false);
        var passed = new AttemptRules.Outcome(1, BigDecimal.TEN, true);
        assertThat(AttemptRules.retakeRefusal(List.of(failed), 1, false, null)).isEmpty();
        assertThat(AttemptRules.retakeRefusal(List.of(failed), 1, false, 2)).isEmpty();
        assertThat(AttemptRules.retakeRefusal(List.of(failed), 2, false, 2)).contains("exam.error.noAttemptsLeft");
        assertThat(AttemptRules.retakeRefusal(List.of(passed), 1, false, null)).contains("exam.error.alreadyPassed");
        assertThat(AttemptRules.retakeRefusal(List.of(), 1, true, null)).contains("exam.error.resultPending");
    }
}
