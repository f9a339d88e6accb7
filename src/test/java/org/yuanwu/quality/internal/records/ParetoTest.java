package org.yuanwu.quality.internal.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuanwu.quality.RecordAuditParetoRow;

class ParetoTest {

    @Test
    void defectTypesAreSortedLargestFirstWithCumulativeShares() {
        List<RecordAuditParetoRow> rows = Pareto.of(List.of(new Pareto.Count("NR-01", "a", 2),
                new Pareto.Count("NR-03", "c", 5), new Pareto.Count("NR-02", "b", 3)));
        assertThat(rows).extracting(RecordAuditParetoRow::code).containsExactly("NR-03", "NR-02", "NR-01");
        assertThat(rows).extracting(r -> r.percent().toPlainString()).containsExactly("50.0", "30.0", "20.0");
        assertThat(rows).extracting(r -> r.cumulativePercent().toPlainString()).containsExactly("50.0", "80.0", "100.0");
    }

    @Test
    void tiesKeepAStableOrderByCodeAndZeroCountsAreLeftOut() {
        List<RecordAuditParetoRow> rows = Pareto.of(List.of(new Pareto.Count("NR-05", "e", 1),
                new Pareto.Count("NR-04", "d", 1), new Pareto.Count("NR-06", "f", 0)));
        assertThat(rows).extracting(RecordAuditParetoRow::code).containsExactly("NR-04", "NR-05");
        assertThat(rows.get(1).cumulativePercent()).isEqualByComparingTo("100");
    }

    @Test
    void cumulativeShareOfThirdsEndsAtOneHundred() {
        List<RecordAuditParetoRow> rows = Pareto.of(List.of(new Pareto.Count("A", "a", 1),
                new Pareto.Count("B", "b", 1), new Pareto.Count("C", "c", 1)));
        assertThat(rows).extracting(r -> r.cumulativePercent().toPlainString()).containsExactly("33.3", "66.7", "100.0");
    }

    @Test
    void noDefectsGivesAnEmptyAnalysis() {
        assertThat(Pareto.of(List.of())).isEmpty();
    }
}
