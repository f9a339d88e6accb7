package org.yuanwu.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static Scoring.Entry item(String max, String per, boolean veto, Integer times, String points) {
        return new Scoring.Entry("X", new BigDecimal(max), new BigDecimal(per), veto, times,
                points == null ? null : new BigDecimal(points));
    }

    @Test
    void deductionIsOccurrencesTimesDeductionPerOccurrence() {
        assertThat(Scoring.deduction(item("10", "2", false, 3, null))).isEqualByComparingTo("6");
    }

    @Test
    void deductionIsCappedAtTheItemsMaximum() {
        assertThat(Scoring.deduction(item("10", "3", false, 5, null))).isEqualByComparingTo("10");
    }

    @Test
    void enteredPointsWinOverOccurrences() {
        assertThat(Scoring.deduction(item("10", "2", false, 4, "1.5"))).isEqualByComparingTo("1.5");
    }

    @Test
    void scoreIsMaximumMinusDeductionsAsAPercentage() {
        Scoring.Result r = Scoring.score(List.of(item("30", "5", false, 1, null), item("20", "2", false, 20, null)));
        assertThat(r.max()).isEqualByComparingTo("50");
        assertThat(r.raw()).isEqualByComparingTo("25");
        assertThat(r.percentage()).isEqualByComparingTo("50.0");
        assertThat(r.vetoed()).isFalse();
    }

    @Test
    void aFailedVetoItemMakesTheWholeInspectionScoreZero() {
        Scoring.Result r = Scoring.score(List.of(item("90", "2", false, 0, null), item("10", "5", true, 1, null)));
        assertThat(r.vetoed()).isTrue();
        assertThat(r.raw()).isEqualByComparingTo("0");
        assertThat(r.percentage()).isEqualByComparingTo("0");
    }

    @Test
    void aVetoItemWithoutDeductionDoesNotVeto() {
        Scoring.Result r = Scoring.score(List.of(item("90", "2", false, 1, null), item("10", "5", true, 0, null)));
        assertThat(r.vetoed()).isFalse();
        assertThat(r.percentage()).isEqualByComparingTo("98.0");
    }

    @Test
    void pointsAboveTheMaximumOrBelowZeroAreRefused() {
        assertThat(Scoring.check(item("10", "2", false, null, "10.5"))).contains(Scoring.Problem.DEDUCTION_OUT_OF_RANGE);
        assertThat(Scoring.check(item("10", "2", false, null, "-1"))).contains(Scoring.Problem.DEDUCTION_OUT_OF_RANGE);
        assertThat(Scoring.check(item("10", "2", false, -1, null))).contains(Scoring.Problem.NEGATIVE_OCCURRENCES);
        assertThat(Scoring.check(item("10", "2", false, null, "10"))).isEmpty();
    }
}
