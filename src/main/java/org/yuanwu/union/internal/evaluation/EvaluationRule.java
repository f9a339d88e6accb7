package org.yuanwu.union.internal.evaluation;

/**
 * The flag of a democratic evaluation: a person graded 不称职 (incompetent) by more than N % of the ballots that
 * graded her is flagged. N is a setting ({@code yuanwu.union.evaluation.flag-percent}, 30 by default) copied onto
 * each round when it is created; the hospital plans do not fix a figure, so the union office sets it.
 */
public final class EvaluationRule {

    private EvaluationRule() {
    }

    public static boolean flagged(long incompetent, long ballots, int percent) {
        if (ballots <= 0) {
            return false;
        }
        return incompetent * 100 > (long) percent * ballots;
    }

    /** A share in percent with one decimal, half up; 0 when nobody voted. */
    public static java.math.BigDecimal share(long count, long ballots) {
        if (ballots <= 0) {
            return java.math.BigDecimal.ZERO.setScale(1);
        }
        return java.math.BigDecimal.valueOf(count * 100L).divide(java.math.BigDecimal.valueOf(ballots), 1,
                java.math.RoundingMode.HALF_UP);
    }
}
