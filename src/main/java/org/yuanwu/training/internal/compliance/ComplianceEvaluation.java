package org.yuanwu.training.internal.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.training.ComplianceRequirement;
import org.yuanwu.training.ExamKind;

/**
 * Evaluating a compliance rule for one person and year. A rule applies when the person is in its unit subtree
 * (if any) and her title, nurse level and employment type are among the listed ones (an empty list admits
 * anyone; a person without the attribute is not admitted by a non-empty list). An exam counts once however many
 * attempts it took: passed when a graded attempt dated in the year passed. Skills count as distinct skills whose
 * latest attempt in the year passed (the skill compliance rule). Missing = required − achieved, never below zero.
 */
public final class ComplianceEvaluation {

    /** The audience of a rule; unitIds is the rule unit's subtree, or null for every unit. */
    public record Audience(Set<Long> unitIds, Set<ProfessionalTitle> titles, Set<NurseLevel> levels,
                           Set<EmploymentType> employment) {

        public boolean admits(Long unitId, ProfessionalTitle title, NurseLevel level, EmploymentType type) {
            return (unitIds == null || unitIds.contains(unitId))
                    && (titles.isEmpty() || (title != null && titles.contains(title)))
                    && (levels.isEmpty() || (level != null && levels.contains(level)))
                    && (employment.isEmpty() || (type != null && employment.contains(type)));
        }
    }

    /** A graded attempt as the rule needs it. */
    public record ExamOutcome(Long staffId, Long examId, ExamKind kind, LocalDate on, boolean passed) {
    }

    /** What one person achieved in the year. */
    public record Achievements(int skillsPassed, Map<ExamKind, Integer> examsPassedByKind, BigDecimal credits) {

        public int examsPassed() {
            return examsPassedByKind.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private ComplianceEvaluation() {
    }

    /** staff id → exam kind → the exams passed in the year (each exam once). */
    public static Map<Long, Map<ExamKind, Integer>> examsPassed(Collection<ExamOutcome> outcomes, int year) {
        Map<Long, Map<ExamKind, Set<Long>>> exams = new HashMap<>();
        for (ExamOutcome o : outcomes) {
            if (o.passed() && o.on() != null && o.on().getYear() == year) {
                exams.computeIfAbsent(o.staffId(), k -> new HashMap<>()).computeIfAbsent(o.kind(), k -> new HashSet<>())
                        .add(o.examId());
            }
        }
        Map<Long, Map<ExamKind, Integer>> counts = new HashMap<>();
        exams.forEach((staff, byKind) -> {
            Map<ExamKind, Integer> c = new HashMap<>();
            byKind.forEach((kind, ids) -> c.put(kind, ids.size()));
            counts.put(staff, c);
        });
        return counts;
    }

    public static BigDecimal achieved(ComplianceRequirement requirement, ExamKind kind, Achievements a) {
        return switch (requirement) {
            case SKILLS_PASSED -> BigDecimal.valueOf(a.skillsPassed());
            case EXAMS_PASSED -> BigDecimal.valueOf(a.examsPassed());
            case EXAMS_OF_KIND_PASSED -> BigDecimal.valueOf(a.examsPassedByKind().getOrDefault(kind, 0));
            case CREDITS -> a.credits() == null ? BigDecimal.ZERO : a.credits();
        };
    }

    public static BigDecimal missing(BigDecimal required, BigDecimal achieved) {
        return required.subtract(achieved).max(BigDecimal.ZERO);
    }

    /** The last day of the rule's due month in the year. */
    public static LocalDate dueOn(int year, int dueMonth) {
        return LocalDate.of(year, dueMonth, 1).with(TemporalAdjusters.lastDayOfMonth());
    }

    /** Overdue once the due date has passed and something is still missing. */
    public static boolean overdue(LocalDate dueOn, LocalDate today, BigDecimal missing) {
        return missing.signum() > 0 && today.isAfter(dueOn);
    }
}
