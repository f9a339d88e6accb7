package org.yuanwu.quality.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * How an inspection is scored. Each item loses occurrences × its deduction per occurrence, or the
 * points the inspector enters directly, never more than the item's maximum. The score is the sum of
 * the maxima minus the deductions, and as a percentage of the maximum. The veto rule: when any veto
 * item loses points, the inspection fails and scores 0 whatever the other items score.
 */
public final class Scoring {

    private Scoring() {
    }

    /** One item as scored: its rule and what the inspector entered. */
    public record Entry(String itemCode, BigDecimal maxPoints, BigDecimal deductionPerTime, boolean veto,
                        Integer occurrences, BigDecimal pointsDeducted) {
    }

    public record Result(BigDecimal raw, BigDecimal max, BigDecimal percentage, boolean vetoed) {
    }

    /** Why an entry is refused, or empty when it is in range. */
    public enum Problem {
        NEGATIVE_OCCURRENCES("quality.error.occurrencesNegative"),
        DEDUCTION_OUT_OF_RANGE("quality.error.deductionRange");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public static Optional<Problem> check(Entry e) {
        if (e.occurrences() != null && e.occurrences() < 0) {
            return Optional.of(Problem.NEGATIVE_OCCURRENCES);
        }
        if (e.pointsDeducted() != null
                && (e.pointsDeducted().signum() < 0 || e.pointsDeducted().compareTo(e.maxPoints()) > 0)) {
            return Optional.of(Problem.DEDUCTION_OUT_OF_RANGE);
        }
        return Optional.empty();
    }

    /** The points the item loses: entered points if given, else occurrences × deduction, capped at the maximum. */
    public static BigDecimal deduction(Entry e) {
        BigDecimal wanted;
        if (e.pointsDeducted() != null) {
            wanted = e.pointsDeducted();
        } else {
            int times = e.occurrences() == null ? 0 : Math.max(0, e.occurrences());
            wanted = e.deductionPerTime().multiply(BigDecimal.valueOf(times));
        }
        BigDecimal capped = wanted.min(e.maxPoints()).max(BigDecimal.ZERO);
        return capped.setScale(1, RoundingMode.HALF_UP);
    }

    public static Result score(List<Entry> entries) {
        BigDecimal max = BigDecimal.ZERO;
        BigDecimal lost = BigDecimal.ZERO;
        boolean vetoed = false;
        for (Entry e : entries) {
            BigDecimal d = deduction(e);
            max = max.add(e.maxPoints());
            lost = lost.add(d);
            if (e.veto() && d.signum() > 0) {
                vetoed = true;
            }
        }
        max = max.setScale(1, RoundingMode.HALF_UP);
        if (vetoed) {
            return new Result(BigDecimal.ZERO.setScale(1), max, BigDecimal.ZERO.setScale(1), true);
        }
        BigDecimal raw = max.subtract(lost).setScale(1, RoundingMode.HALF_UP);
        BigDecimal pct = max.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                : raw.multiply(BigDecimal.valueOf(100)).divide(max, 1, RoundingMode.HALF_UP);
        return new Result(raw, max, pct, false);
    }
}
