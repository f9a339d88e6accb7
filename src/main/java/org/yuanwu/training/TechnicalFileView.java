package org.yuanwu.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.ProfessionalTitle;

/**
 * A staff member's technical file (技术档案): every course attended, every exam attempt, every skill
 * assessment, further study and external credits, and the credits of each year against the requirement.
 */
public record TechnicalFileView(Long staffId, String employeeNo, String name, Long unitId, String unitName,
                                ProfessionalTitle title, NurseLevel nurseLevel, EmploymentType employmentType,
                                LocalDate hireDate, boolean manages, List<Course> courses, List<Exam> exams,
                                List<Skill> skills, List<CreditEntryView> furtherStudies,
                                List<CreditEntryView> externalCredits, List<CreditTotals> credits, List<Honour> honours) {

    /** An honour awarded to the person, from the union's honours registry. */
    public record Honour(LocalDate awardedOn, String title, org.yuanwu.union.HonourLevel level, String awardingBody) {
    }

    /** A session attended: its date, the course and the credits it earned. */
    public record Course(Long sessionId, LocalDate date, String topic, CourseCategory category, BigDecimal creditHours) {
    }

    /** One attempt at an exam (every attempt is listed; retakes too). */
    public record Exam(Long examId, String title, ExamKind kind, ExamMode mode, int attemptNo, LocalDate date,
                       AttemptStatus status, BigDecimal score, BigDecimal maxScore, Boolean passed) {
    }

    /** One skill assessment not withdrawn. */
    public record Skill(Long assessmentId, LocalDate date, String skill, BigDecimal score, BigDecimal maxScore,
                        boolean passed) {
    }
}
