package org.yuanwu.training.internal.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.training.CreditTitleGrade;
import org.yuanwu.training.CreditTotals;
import org.yuanwu.training.internal.file.CreditRules.Earned;
import org.yuanwu.training.internal.file.CreditRules.Source;

class CreditRulesTest {

    static Earned course(String date, String hours) {
        return new Earned(Source.COURSE, LocalDate.parse(date), new BigDecimal(hours));
    }

    @Test
    void creditsAddUpBySourceAndTheShortfallIsTheRequirementMinusTheTotal() {
        CreditTotals t = CreditRules.totals(2026, List.of(course("2026-03-01", "2"), course("2026-05-01", "1.5"),
                new Earned(Source.FURTHER_STUDY, LocalDate.parse("2026-06-30"), new BigDecimal("15")),
                new Earned(Source.EXTERNAL, LocalDate.parse("2026-09-10"), new BigDecimal("4"))),
                CreditTitleGrade.JUNIOR, new BigDecimal("25"));
        assertThat(t.courses()).isEqualByComparingTo("3.5");
        assertThat(t.furtherStudy()).isEqualByComparingTo("15");
        assertThat(t.external()).isEqualByComparingTo("4");
        assertThat(t.total()).isEqualByComparingTo("22.5");
        assertThat(t.shortfall()).isEqualByComparingTo("2.5");
        assertThat(t.met()).isFalse();
    }

    @Test
    void creditsOfOtherYearsDoNotCountAndTheYearRunsFromFirstJanuaryToThirtyFirstDecember() {
        CreditTotals t = CreditRules.totals(2026, List.of(course("2025-12-31", "5"), course("2026-01-01", "1"),
                course("2026-12-31", "2"), course("2027-01-01", "7")), CreditTitleGrade.JUNIOR, new BigDecimal("3"));
        assertThat(t.total()).isEqualByComparingTo("3");
        assertThat(t.met()).isTrue();
    }

    @Test
    void creditsAboveTheRequirementLeaveNoNegativeShortfall() {
        CreditTotals t = CreditRules.totals(2026, List.of(course("2026-02-02", "30")), CreditTitleGrade.SENIOR,
                new BigDecimal("25"));
        assertThat(t.shortfall()).isEqualByComparingTo("0");
        assertThat(t.met()).isTrue();
    }

    @Test
    void aSessionLateOnNewYearsEveUtcIsInTheNewYearInHospitalTime() {
        // 2025-12-31T17:00Z is 2026-01-01 01:00 in Asia/Shanghai
        assertThat(CreditRules.sessionDate(Instant.parse("2025-12-31T17:00:00Z"))).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(CreditRules.sessionDate(Instant.parse("2025-12-31T15:59:59Z"))).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(CreditRules.yearStart(2026)).isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
    }

    @Test
    void theRequirementGradeFollowsTheTitle() {
        assertThat(CreditTitleGrade.of(ProfessionalTitle.NURSE)).isEqualTo(CreditTitleGrade.JUNIOR);
        assertThat(CreditTitleGrade.of(ProfessionalTitle.NURSE_PRACTITIONER)).isEqualTo(CreditTitleGrade.JUNIOR);
        assertThat(CreditTitleGrade.of(ProfessionalTitle.NURSE_SUPERVISOR)).isEqualTo(CreditTitleGrade.INTERMEDIATE);
        assertThat(CreditTitleGrade.of(ProfessionalTitle.DOCTOR_ATTENDING)).isEqualTo(CreditTitleGrade.INTERMEDIATE);
        assertThat(CreditTitleGrade.of(ProfessionalTitle.NURSE_ASSOCIATE_CHIEF)).isEqualTo(CreditTitleGrade.SENIOR);
        assertThat(CreditTitleGrade.of(ProfessionalTitle.PHARMACIST_CHIEF)).isEqualTo(CreditTitleGrade.SENIOR);
        assertThat(CreditTitleGrade.of(null)).isEqualTo(CreditTitleGrade.UNTITLED);
    }
}
