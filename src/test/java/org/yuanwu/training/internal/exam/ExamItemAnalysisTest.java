package org.yuanwu.training.internal.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Item analysis on a known answer matrix of ten candidates (Q1 1 point, Q2 2 points, Q3 5 points):
 * groups of round(0.27 × 10) = 3, upper c1–c3, lower c8–c10. Expected values worked out by hand.
 */
class ExamItemAnalysisTest {

    private static final int[][] MATRIX = {
            {1, 2, 5}, // c1 total 8
            {1, 1, 5}, // c2 7
            {0, 2, 4}, // c3 6
            {1, 0, 4}, // c4 5
            {1, 1, 2}, // c5 4
            {0, 2, 1}, // c6 3
            {1, 0, 1}, // c7 2
            {0, 1, 0}, // c8 1
            {0, 0, 0}, // c9 0
            {1, 0, 0}, // c10 1
    };

    private static ItemAnalysis.Sheet sheet(int[] row) {
        Map<Long, BigDecimal> scores = new LinkedHashMap<>();
        int total = 0;
        for (int q = 0; q < row.length; q++) {
            scores.put(q + 1L, BigDecimal.valueOf(row[q]));
            total += row[q];
        }
        return new ItemAnalysis.Sheet(BigDecimal.valueOf(total), scores);
    }

    private static List<ItemAnalysis.Item> analyse() {
        List<ItemAnalysis.Sheet> sheets = new ArrayList<>();
        for (int[] row : MATRIX) {
            sheets.add(sheet(row));
        }
        Map<Long, Integer> points = new LinkedHashMap<>();
        points.put(1L, 1);
        points.put(2L, 2);
        points.put(3L, 5);
        return ItemAnalysis.analyse(points, sheets);
    }

    @Test
    void difficultyIndexIsTheMeanScoreOverThePoints() {
        var items = analyse();
        // Q1: 6 of 10 right → mean 0.6, P 0.6; Q2: 9 points of 20 → mean 0.9, P 0.45; Q3: 22 of 50 → mean 2.2, P 0.44
        assertThat(items.get(0).meanScore()).isEqualByComparingTo("0.6");
        assertThat(items.get(0).difficulty()).isEqualByComparingTo("0.6");
        assertThat(items.get(1).meanScore()).isEqualByComparingTo("0.9");
        assertThat(items.get(1).difficulty()).isEqualByComparingTo("0.45");
        assertThat(items.get(2).meanScore()).isEqualByComparingTo("2.2");
        assertThat(items.get(2).difficulty()).isEqualByComparingTo("0.44");
    }

    @Test
    void fullMarkShareCountsCandidatesWithAllThePoints() {
        var items = analyse();
        assertThat(items.get(0).fullMarkShare()).isEqualByComparingTo("0.6");
        assertThat(items.get(1).fullMarkShare()).isEqualByComparingTo("0.3"); // c1, c3, c6
        assertThat(items.get(2).fullMarkShare()).isEqualByComparingTo("0.2"); // c1, c2
    }

    @Test
    void discriminationIsUpperMinusLowerGroupDifficulty() {
        var items = analyse();
        // Q1: upper (1+1+0)/3 − lower (0+0+1)/3 = 1/3
        assertThat(items.get(0).discrimination().doubleValue()).isCloseTo(1.0 / 3, within(0.001));
        // Q2: upper (2+1+2)/6 − lower (1+0+0)/6 = 4/6
        assertThat(items.get(1).discrimination().doubleValue()).isCloseTo(4.0 / 6, within(0.001));
        // Q3: upper (5+5+4)/15 − lower 0 = 14/15
        assertThat(items.get(2).discrimination().doubleValue()).isCloseTo(14.0 / 15, within(0.001));
    }

    @Test
    void aSingleCandidateHasNoDiscrimination() {
        var items = ItemAnalysis.analyse(Map.of(1L, 1), List.of(sheet(new int[] {1})));
        assertThat(items.get(0).difficulty()).isEqualByComparingTo("1");
        assertThat(items.get(0).discrimination()).isNull();
    }

    @Test
    void aQuestionOnlySomeCandidatesHadCountsAmongThem() {
        Map<Long, BigDecimal> a = Map.of(1L, BigDecimal.ONE, 2L, BigDecimal.valueOf(2));
        Map<Long, BigDecimal> b = Map.of(1L, BigDecimal.ZERO);
        var items = ItemAnalysis.analyse(new LinkedHashMap<>(Map.of(2L, 2)), List.of(
                new ItemAnalysis.Sheet(BigDecimal.valueOf(3), a), new ItemAnalysis.Sheet(BigDecimal.ZERO, b)));
        assertThat(items.get(0).responses()).isEqualTo(1);
        assertThat(items.get(0).difficulty()).isEqualByComparingTo("1");
        assertThat(items.get(0).discrimination()).isNull(); // nobody in the lower group had it
    }
}
