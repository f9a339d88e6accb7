package org.yuanwu.quality.internal.records;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The score of an audited record: each defect deducts its item's points per occurrence, capped at the item's
 * maximum; a discharged record's deductions are multiplied by the weight factor (the plans weigh defects on
 * discharged records heavier, 1.5 by default); the score is the checklist total less the weighted deduction,
 * never below zero. A veto item found, or a score under the pass mark, fails the record.
 */
public final class RecordScoring {

    private RecordScoring() {
    }

    /** One defect as counted: the item's limits and how often it was found. */
    public record DefectCount(BigDecimal deductionPerTime, BigDecimal maxPoints, int occurrences, boolean veto) {

        public BigDecimal deduction() {
            BigDecimal d = deductionPerTime.multiply(BigDecimal.valueOf(occurrences));
            return d.min(maxPoints);
        }
    }

    public record Result(BigDecimal rawDeduction, BigDecimal weight, BigDecimal weightedDeduction, BigDecimal score,
                         boolean vetoed, boolean passed) {
    }

    public static Result score(List<DefectCount> defects, BigDecimal totalPoints, boolean discharged,
                               BigDecimal dischargedWeight, BigDecimal passMark) {
        BigDecimal raw = BigDecimal.ZERO;
        boolean vetoed = false;
        for (DefectCount d : defects) {
            if (d.occurrences() <= 0) {
                continue;
            }
            raw = raw.add(d.deduction());
            vetoed |= d.veto();
        }
        BigDecimal weight = discharged ? dischargedWeight : BigDecimal.ONE;
        BigDecimal weighted = raw.multiply(weight).setScale(2, RoundingMode.HALF_UP);
        BigDecimal score = totalPoints.subtract(weighted).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        boolean passed = !vetoed && score.compareTo(passMark) >= 0;
        return new Result(raw.setScale(2, RoundingMode.HALF_UP), weight, weighted, score, vetoed, passed);
    }
}
