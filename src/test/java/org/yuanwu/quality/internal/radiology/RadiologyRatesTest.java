package org.yuanwu.quality.internal.radiology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuanwu.quality.RadiologyConcordance;
import org.yuanwu.quality.RadiologyGrade;
import org.yuanwu.quality.RadiologyViews;

class RadiologyRatesTest {

    @Test
    void gradeARateAndRejectRateAreSharesOfAllGradedImages() {
        RadiologyViews.GradeRow row = RadiologyRates.grades(1L, "张三", List.of(RadiologyGrade.A, RadiologyGrade.A,
                RadiologyGrade.A, RadiologyGrade.B, RadiologyGrade.C, RadiologyGrade.REJECT, RadiologyGrade.A, RadiologyGrade.A));
        assertThat(row.total()).isEqualTo(8);
        assertThat(row.a()).isEqualTo(5);
        assertThat(row.aRate()).isEqualByComparingTo("62.5");
        assertThat(row.rejectRate()).isEqualByComparingTo("12.5");
    }

    @Test
    void noImagesGivesNoRateRatherThanZero() {
        RadiologyViews.GradeRow row = RadiologyRates.grades(null, "", List.of());
        assertThat(row.aRate()).isNull();
        assertThat(row.rejectRate()).isNull();
    }

    @Test
    void concordanceRateCountsOnlyFullAgreementAsConfirmed() {
        assertThat(RadiologyRates.concordanceRate(List.of(RadiologyConcordance.YES, RadiologyConcordance.YES,
                RadiologyConcordance.PARTIAL, RadiologyConcordance.NO))).isEqualByComparingTo("50.0");
        assertThat(RadiologyRates.confirmed(RadiologyConcordance.PARTIAL)).isFalse();
    }

    @Test
    void concordanceRateRoundsToOneDecimal() {
        assertThat(RadiologyRates.concordanceRate(List.of(RadiologyConcordance.YES, RadiologyConcordance.YES,
                RadiologyConcordance.NO))).isEqualByComparingTo("66.7");
        assertThat(RadiologyRates.concordanceRate(List.of())).isNull();
    }
}
