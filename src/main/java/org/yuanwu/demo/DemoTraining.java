package org.yuanwu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;
import org.yuanwu.training.AbsenceReason;
import org.yuanwu.training.AttendanceMark;
import org.yuanwu.training.AttendanceStatus;
import org.yuanwu.training.AttendanceView;
import org.yuanwu.training.CourseCategory;
import org.yuanwu.training.CourseForm;
import org.yuanwu.training.CourseView;
import org.yuanwu.training.SessionForm;
import org.yuanwu.training.SessionService;
import org.yuanwu.training.SessionView;
import org.yuanwu.training.SkillAssessmentForm;
import org.yuanwu.training.SkillAssessmentService;
import org.yuanwu.training.SkillDeduction;
import org.yuanwu.training.SkillItemView;
import org.yuanwu.training.SkillService;
import org.yuanwu.training.SkillSheetView;
import org.yuanwu.training.SkillView;
import org.yuanwu.training.CourseService;

/**
 * The nursing department's training year so far: the hospital-wide lectures of the nursing plan (三基, rules,
 * infection control, etiquette, specialty) held once a month or so with their attendance, and the wards' basic-skill
 * assessments, most passed and a few failed and waiting for a retake.
 */
@Component
@Order(25)
class DemoTraining implements DemoContribution {

    private record Lecture(String topic, CourseCategory category, String credits, String place) {
    }

    private static final List<Lecture> LECTURES = List.of(
            new Lecture("护理核心制度解读", CourseCategory.RULES, "1.0", "门诊楼四楼会议室"),
            new Lecture("三基理论：生命体征观察与护理", CourseCategory.BASICS, "1.0", "门诊楼四楼会议室"),
            new Lecture("手卫生与标准预防", CourseCategory.INFECTION_CONTROL, "1.0", "住院部一楼示教室"),
            new Lecture("护士礼仪与沟通技巧", CourseCategory.ETIQUETTE, "0.5", "门诊楼四楼会议室"),
            new Lecture("危重患者病情观察", CourseCategory.SPECIALTY, "1.5", "住院部一楼示教室"),
            new Lecture("跌倒与压力性损伤风险评估", CourseCategory.SPECIALTY, "1.0", "住院部一楼示教室"),
            new Lecture("医疗废物分类与职业防护", CourseCategory.INFECTION_CONTROL, "1.0", "门诊楼四楼会议室"),
            new Lecture("护理质量管理与PDCA", CourseCategory.MANAGEMENT, "1.0", "门诊楼四楼会议室"));
    private static final AbsenceReason[] REASONS = {AbsenceReason.NIGHT_SHIFT, AbsenceReason.NIGHT_SHIFT, AbsenceReason.LEAVE,
            AbsenceReason.SICK};

    private final CourseService courses;
    private final SessionService sessions;
    private final SkillService skills;
    private final SkillAssessmentService assessments;
    private final StaffService staff;
    private final TransactionTemplate transaction;

    DemoTraining(CourseService courses, SessionService sessions, SkillService skills, SkillAssessmentService assessments,
                 StaffService staff, PlatformTransactionManager transactionManager) {
        this.courses = courses;
        this.sessions = sessions;
        this.skills = skills;
        this.assessments = assessments;
        this.staff = staff;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public String generate(long seed, List<UnitView> units, LocalDate today) {
        Random random = new Random(seed ^ 0x7EA1L);
        UnitView hospital = units.stream().filter(u -> u.parentId() == null && u.kind() == OrgUnitKind.INSTITUTION).findFirst()
                .orElse(null);
        UnitView nursing = units.stream().filter(u -> "护理部".equals(u.name())).findFirst().orElse(hospital);
        if (hospital == null || nursing == null) {
            return "no training (no hospital)";
        }
        List<UnitView> wards = units.stream().filter(u -> u.kind() == OrgUnitKind.WARD && u.path().startsWith(hospital.path()))
                .toList();
        int[] counts = transaction.execute(status -> {
            int held = 0;
            // One lecture a month, the months before this one, rotating through the plan's topics.
            LocalDate first = today.withDayOfYear(1);
            for (int m = 0; first.plusMonths(m).plusDays(20).isBefore(today) && m < 12; m++) {
                Lecture lecture = LECTURES.get(m % LECTURES.size());
                CourseForm course = new CourseForm();
                course.setTopic(lecture.topic());
                course.setCategory(lecture.category());
                course.setCreditHours(new BigDecimal(lecture.credits()));
                course.setUnitId(nursing.id());
                CourseView created = courses.create(course);
                SessionForm form = new SessionForm();
                LocalDateTime start = first.plusMonths(m).plusDays(14 + random.nextInt(5)).atTime(15, 0);
                form.setStartsAt(start);
                form.setEndsAt(start.plusMinutes(90));
                form.setPlace(lecture.place());
                form.setLecturerName(lecture.category() == CourseCategory.INFECTION_CONTROL ? "院感科" : "护理部");
                form.setAudienceUnitId(hospital.id());
                // the nursing department's lectures are for nurses
                form.setTitles(java.util.EnumSet.copyOf(java.util.Arrays.stream(org.yuanwu.organization.ProfessionalTitle.values())
                        .filter(org.yuanwu.organization.ProfessionalTitle::isNursing).toList()));
                SessionView session = sessions.create(created.id(), form);
                List<AttendanceMark> marks = new ArrayList<>();
                for (AttendanceView invitee : sessions.attendance(session.id())) {
                    boolean present = random.nextInt(100) < 88;
                    marks.add(new AttendanceMark(invitee.staffId(), present ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT,
                            present ? null : REASONS[random.nextInt(REASONS.length)]));
                }
                sessions.record(session.id(), marks);
                held++;
            }
            // Skill assessments: a few nurses of each ward at a few of the basic skills.
            List<SkillView> active = skills.list(false);
            int assessed = 0;
            for (UnitView ward : wards) {
                List<StaffView> nurses = staff.export(new StaffFilter(null, ward.id(), null, StaffStatus.ACTIVE, null, null)).stream()
                        .filter(s -> s.title() != null && s.title().isNursing()).limit(2).toList();
                for (StaffView nurse : nurses) {
                    for (int k = 0; k < 2 && !active.isEmpty(); k++) {
                        SkillView skill = active.get(random.nextInt(active.size()));
                        SkillSheetView sheet = skills.currentSheet(skill.id());
                        SkillAssessmentForm form = new SkillAssessmentForm();
                        form.setStaffId(nurse.id());
                        form.setSkillId(skill.id());
                        form.setAssessedOn(today.minusDays(7 + random.nextInt(150)));
                        List<SkillDeduction> deductions = new ArrayList<>();
                        boolean poor = random.nextInt(10) == 0;
                        for (SkillItemView item : sheet.items()) {
                            if (random.nextInt(poor ? 2 : 6) == 0) {
                                BigDecimal lost = item.maxPoints().min(poor ? item.maxPoints() : BigDecimal.ONE);
                                deductions.add(new SkillDeduction(item.id(), null, lost));
                            }
                        }
                        form.setDeductions(deductions);
                        assessments.assess(form);
                        assessed++;
                    }
                }
            }
            // The year's requirement for nurses in standardised training, as the nursing department publishes it.
            assessments.publishRequirements(today.getYear());
            return new int[] {held, assessed};
        });
        return counts[0] + " training sessions with attendance, " + counts[1] + " skill assessments";
    }
}
