package org.yuanwu.training.internal.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.training.ComplianceRequirement;
import org.yuanwu.training.ExamKind;
import org.yuanwu.training.internal.compliance.ComplianceEvaluation.Achievements;
import org.yuanwu.training.internal.compliance.ComplianceEvaluation.Audience;
import org.yuanwu.training.internal.compliance.ComplianceEvaluation.ExamOutcome;

class ComplianceEvaluationTest {

    static final Long ANNA = 1L;

    static ExamOutcome exam(long examId, ExamKind kind, String on, boolean passed) {
        return new ExamOutcome(ANNA, examId, kind, LocalDate.parse(on), passed);
    }

    @Test
    void anExamPassedOnARetakeCountsOnceAndAFailedExamNotAtAll() {
        Map<ExamKind, Integer> passed = ComplianceEvaluation.examsPassed(List.of(
                exam(10, ExamKind.THEORY, "2026-03-01", false), exam(10, ExamKind.THEORY, "2026-03-08", true),
                exam(10, ExamKind.THEORY, "2026-03-09", true), exam(11, ExamKind.THEORY, "2026-05-01", false),
                exam(12, ExamKind.INFECTION_CONTROL, "2026-06-01", true)), 2026).get(ANNA);
        assertThat(passed).containsEntry(ExamKind.THEORY, 1).containsEntry(ExamKind.INFECTION_CONTROL, 1);
        Achievements a = new Achievements(0, passed, BigDecimal.ZERO);
        assertThat(ComplianceEvaluation.achieved(ComplianceRequirement.EXAMS_PASSED, null, a)).isEqualByComparingTo("2");
        assertThat(ComplianceEvaluation.achieved(ComplianceRequirement.EXAMS_OF_KIND_PASSED, ExamKind.INFECTION_CONTROL, a))
                .isEqualByComparingTo("1");
        assertThat(ComplianceEvaluation.achieved(ComplianceRequirement.EXAMS_OF_KIND_PASSED, ExamKind.RULES, a))
                .isEqualByComparingTo("0");
    }

    @Test
    void examsCountOnlyInsideTheYearFromFirstJanuaryToThirtyFirstDecember() {
        Map<Long, Map<ExamKind, Integer>> passed = ComplianceEvaluation.examsPassed(List.of(
                exam(1, ExamKind.THEORY, "2025-12-31", true), exam(2, ExamKind.THEORY, "2026-01-01", true),
                exam(3, ExamKind.THEORY, "2026-12-31", true), exam(4, ExamKind.THEORY, "2027-01-01", true)), 2026);
        assertThat(passed.get(ANNA)).containsEntry(ExamKind.THEORY, 2);
    }

    @Test
    void missingIsTheRequirementLessWhatWasAchievedAndNeverNegative() {
        assertThat(ComplianceEvaluation.missing(new BigDecimal("2"), BigDecimal.ONE)).isEqualByComparingTo("1");
        assertThat(ComplianceEvaluation.missing(new BigDecimal("2"), new BigDecimal("3"))).isEqualByComparingTo("0");
        assertThat(ComplianceEvaluation.missing(new BigDecimal("25"), new BigDecimal("24.5"))).isEqualByComparingTo("0.5");
    }

    @Test
    void theDueDateIsTheLastDayOfTheDueMonthAndOnlyWhatIsMissingAfterItIsOverdue() {
        assertThat(ComplianceEvaluation.dueOn(2026, 12)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(ComplianceEvaluation.dueOn(2028, 2)).isEqualTo(LocalDate.of(2028, 2, 29));
        LocalDate due = LocalDate.of(2026, 6, 30);
        assertThat(ComplianceEvaluation.overdue(due, LocalDate.of(2026, 6, 30), BigDecimal.ONE)).isFalse();
        assertThat(ComplianceEvaluation.overdue(due, LocalDate.of(2026, 7, 1), BigDecimal.ONE)).isTrue();
        assertThat(ComplianceEvaluation.overdue(due, LocalDate.of(2026, 7, 1), BigDecimal.ZERO)).isFalse();
    }

    @Test
    void anAudienceAdmitsOnlyWhoMatchesEveryListedCriterionAndEmptyListsAdmitAnyone() {
        Audience nursesN1toN4 = new Audience(null, Set.of(ProfessionalTitle.NURSE, ProfessionalTitle.NURSE_PRACTITIONER),
                Set.of(NurseLevel.N1, NurseLevel.N2, NurseLevel.N3, NurseLevel.N4), Set.of());
        assertThat(nursesN1toN4.admits(5L, ProfessionalTitle.NURSE, NurseLevel.N2, EmploymentType.CONTRACT)).isTrue();
        assertThat(nursesN1toN4.admits(5L, ProfessionalTitle.NURSE, NurseLevel.N0, EmploymentType.CONTRACT)).isFalse();
        assertThat(nursesN1toN4.admits(5L, ProfessionalTitle.NURSE, null, EmploymentType.CONTRACT)).isFalse();
        assertThat(nursesN1toN4.admits(5L, ProfessionalTitle.DOCTOR, NurseLevel.N2, EmploymentType.CONTRACT)).isFalse();
        Audience everyoneInWard = new Audience(Set.of(7L, 8L), Set.of(), Set.of(), Set.of());
        assertThat(everyoneInWard.admits(8L, null, null, null)).isTrue();
        assertThat(everyoneInWard.admits(9L, ProfessionalTitle.NURSE, NurseLevel.N1, EmploymentType.ESTABLISHED)).isFalse();
        Audience contract = new Audience(null, Set.of(), Set.of(), Set.of(EmploymentType.CONTRACT));
        assertThat(contract.admits(1L, null, null, EmploymentType.CONTRACT)).isTrue();
        assertThat(contract.admits(1L, null, null, EmploymentType.ESTABLISHED)).isFalse();
    }

    @Test
    void creditsAndSkillsAreComparedAsTheyAre() {
        Achievements a = new Achievements(3, Map.of(), new BigDecimal("24.5"));
        assertThat(ComplianceEvaluation.achieved(ComplianceRequirement.SKILLS_PASSED, null, a)).isEqualByComparingTo("3");
        assertThat(ComplianceEvaluation.achieved(ComplianceRequirement.CREDITS, null, a)).isEqualByComparingTo("24.5");
    }
}
