package org.yuanwu.training.internal.exam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.yuanwu.training.ExamPassMarkType;

/** Timing, passing and which attempt counts, kept apart from storage so they are tested on their own. */
public final class AttemptRules {

    private AttemptRules() {
    }

    /** The server-side deadline: start plus the exam's duration, but never after the exam closes. */
    public static Instant deadline(Instant start, int durationMinutes, Instant closesAt) {
        Instant byDuration = start.plus(Duration.ofMinutes(durationMinutes));
        return byDuration.isBefore(closesAt) ? byDuration : closesAt;
    }

    /** Whether something arriving at {@code now} is too late for an attempt due at {@code deadline}. */
    public static boolean late(Instant deadline, Instant now) {
        return deadline != null && !now.isBefore(deadline);
    }

    /** The pass mark in points for a paper of the given maximum. */
    public static BigDecimal passPoints(BigDecimal passMark, ExamPassMarkType type, BigDecimal maxScore) {
        return type == ExamPassMarkType.PERCENT
                ? maxScore.multiply(passMark).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                : passMark;
    }

    public static boolean passed(BigDecimal score, BigDecimal passMark, ExamPassMarkType type, BigDecimal maxScore) {
        return score != null && score.compareTo(passPoints(passMark, type, maxScore)) >= 0;
    }

    /** A graded attempt's outcome, for choosing the one that counts. */
    public record Outcome(int attemptNo, BigDecimal score, boolean passed) {
    }

    /**
     * The attempt that counts for the person: the best score among the graded ones (the earlier
     * attempt on a tie), so a failed retake never spoils an earlier pass.
     */
    public static <T> Optional<T> counted(List<T> graded, java.util.function.Function<T, Outcome> outcome) {
        return graded.stream().min(Comparator.comparing((T t) -> outcome.apply(t).score(), Comparator.reverseOrder())
                .thenComparing(t -> outcome.apply(t).attemptNo()));
    }

    /**
     * Whether the person may start another attempt: not once passed, not while one is pending,
     * and not beyond the exam's maximum (null: unlimited until the standard is met).
     */
    public static Optional<String> retakeRefusal(List<Outcome> graded, int attemptsSoFar, boolean anyPending,
                                                 Integer maxAttempts) {
        if (anyPending) {
            return Optional.of("exam.error.resultPending");
        }
        if (graded.stream().anyMatch(Outcome::passed)) {
            return Optional.of("exam.error.alreadyPassed");
        }
        if (maxAttempts != null && attemptsSoFar >= maxAttempts) {
            return Optional.of("exam.error.noAttemptsLeft");
        }
        return Optional.empty();
    }
}
