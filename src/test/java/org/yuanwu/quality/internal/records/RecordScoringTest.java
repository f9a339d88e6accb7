package org.yuanwu.quality.internal.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuanwu.quality.RecordAuditStatus;

class RecordScoringTest {

    private static final BigDecimal TOTAL = new BigDecimal("100");
    private static final BigDecimal WEIGHT = new BigDecimal("1.5");
    private static final BigDecimal PASS = new BigDecimal("90");

    private static RecordScoring.DefectCount defect(String per, String max, int times, boolean veto) {
        return new RecordScoring.DefectCount(new BigDecimal(per), new BigDecimal(max), times, veto);
    }

    @Test
    void inHospitalRecordLosesThePlainDeductions() {
        var r = RecordScoring.score(List.of(defect("2", "10", 2, false), defect("3", "15", 1, false)), TOTAL, false, WEIGHT, PASS);
        assertThat(r.rawDeduction()).isEqualByComparingTo("7");
        assertThat(r.weight()).isEqualByComparingTo("1");
        assertThat(r.score()).isEqualByComparingTo("93");
        assertThat(r.passed()).isTrue();
    }

    @Test
    void dischargedRecordDeductionsAreMultipliedByTheWeight() {
        var r = RecordScoring.score(List.of(defect("2", "10", 2, false), defect("3", "15", 1, false)), TOTAL, true, WEIGHT, PASS);
        assertThat(r.weightedDeduction()).isEqualByComparingTo("10.5");
        assertThat(r.score()).isEqualByComparingTo("89.5");
        assertThat(r.passed()).as("93 in hospital, but 89.5 discharged: under the pass mark").isFalse();
    }

    @Test
    void anItemDeductsNoMoreThanItsMaximum() {
        var r = RecordScoring.score(List.of(defect("5", "10", 4, false)), TOTAL, false, WEIGHT, PASS);
        assertThat(r.rawDeduction()).isEqualByComparingTo("10");
    }

    @Test
    void scoreNeverFallsBelowZero() {
        var r = RecordScoring.score(List.of(defect("50", "80", 2, false), defect("20", "20", 1, false)), TOTAL, true, WEIGHT, PASS);
        assertThat(r.score()).isEqualByComparingTo("0");
    }

    @Test
    void aVetoItemFailsTheRecordWhateverTheScore() {
        var r = RecordScoring.score(List.of(defect("1", "15", 1, true)), TOTAL, false, WEIGHT, PASS);
        assertThat(r.score()).isEqualByComparingTo("99");
        assertThat(r.vetoed()).isTrue();
        assertThat(r.passed()).isFalse();
    }

    @Test
    void exactlyThePassMarkPasses() {
        var r = RecordScoring.score(List.of(defect("5", "10", 2, false)), TOTAL, false, WEIGHT, PASS);
        assertThat(r.score()).isEqualByComparingTo("90");
        assertThat(r.passed()).isTrue();
    }

    @Test
    void heldRecordIsCorrectedThenReleasedOrHeldAgain() {
        assertThat(RecordAuditStatus.HELD.corrected()).isEqualTo(RecordAuditStatus.CORRECTED);
        assertThat(RecordAuditStatus.CORRECTED.rechecked(true)).isEqualTo(RecordAuditStatus.RELEASED);
        assertThat(RecordAuditStatus.CORRECTED.rechecked(false)).isEqualTo(RecordAuditStatus.HELD);
        assertThat(RecordAuditStatus.RELEASED.mayArchive()).isTrue();
        assertThat(RecordAuditStatus.PASSED.mayArchive()).isTrue();
        assertThat(RecordAuditStatus.HELD.mayArchive()).isFalse();
        assertThat(RecordAuditStatus.CORRECTED.mayArchive()).as("not before the re-check").isFalse();
    }

    @Test
    void holdCannotBeLiftedWithoutACorrectionNorCorrectedTwice() {
        assertThatThrownBy(() -> RecordAuditStatus.HELD.rechecked(true)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(RecordAuditStatus.CORRECTED::corrected).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(RecordAuditStatus.PASSED::corrected).isInstanceOf(IllegalStateException.class);
    }
}
