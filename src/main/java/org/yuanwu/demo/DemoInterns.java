package org.yuanwu.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.yuanwu.common.DomainException;
import org.yuanwu.organization.Gender;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;
import org.yuanwu.training.InternEvaluationForm;
import org.yuanwu.training.InternExitKind;
import org.yuanwu.training.InternExitScoreForm;
import org.yuanwu.training.InternFeedbackService;
import org.yuanwu.training.InternForm;
import org.yuanwu.training.InternIntakeForm;
import org.yuanwu.training.InternIntakeService;
import org.yuanwu.training.InternIntakeView;
import org.yuanwu.training.InternMeetingForm;
import org.yuanwu.training.InternRotationService;
import org.yuanwu.training.InternRotationView;
import org.yuanwu.training.InternScheduleRequest;
import org.yuanwu.training.InternView;
import org.yuanwu.training.TutorAssignment;

/**
 * The interns' part of the demo: one nursing intake of eight interns from a vocational college, halfway through a
 * six-ward round-robin of four weeks per ward; tutors of 护师 rank or above assigned where a ward has one with room;
 * exit scores (some retaken) and the interns' ratings of their tutors for the blocks that have ended; a few
 * best-tutor votes. The tutors' own weekly records need their sign-in, so the demo leaves those to people.
 */
@Component
@Order(33)
class DemoInterns implements DemoContribution {

    private static final int INTERNS = 8;
    private static final int WARDS = 6;
    private static final int WEEKS_PER_WARD = 4;

    private final InternIntakeService intakes;
    private final InternRotationService rotations;
    private final InternFeedbackService feedback;
    private final StaffService staff;

    DemoInterns(InternIntakeService intakes, InternRotationService rotations, InternFeedbackService feedback,
                StaffService staff) {
        this.intakes = intakes;
        this.rotations = rotations;
        this.feedback = feedback;
        this.staff = staff;
    }

    @Override
    public String generate(long seed, List<UnitView> units, LocalDate today) {
        Random random = new Random(seed * 31 + 33);
        List<UnitView> wards = units.stream().filter(u -> u.kind() == OrgUnitKind.WARD && u.active()).limit(WARDS).toList();
        UnitView organiser = units.stream().filter(u -> "护理部".equals(u.name())).findFirst()
                .orElse(units.stream().filter(u -> u.parentId() == null).findFirst().orElse(null));
        if (wards.isEmpty() || organiser == null) {
            return "no interns (no wards)";
        }
        LocalDate start = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(10);
        InternIntakeForm form = new InternIntakeForm();
        form.setName(start.getYear() + "届护理专业实习生（第一批）");
        form.setSchool("湘潭医卫职业技术学院");
        form.setSpecialty("护理");
        form.setUnitId(organiser.id());
        form.setStartOn(start);
        form.setEndOn(start.plusWeeks((long) wards.size() * WEEKS_PER_WARD).minusDays(1));
        form.setMaxInternsPerTutor(2);
        form.setVoteClosesOn(form.getEndOn());
        InternIntakeView intake = intakes.create(form);

        ChineseNames names = new ChineseNames(random);
        for (int i = 0; i < INTERNS; i++) {
            intakes.addIntern(intake.id(), InternForm.of(names.next(random.nextInt(6) == 0 ? Gender.MALE : Gender.FEMALE),
                    String.format("%d0401%02d", start.getYear() - 3, i + 1), null,
                    "13" + (7 + random.nextInt(3)) + String.format("%08d", random.nextInt(100_000_000))));
        }
        rotations.generate(intake.id(), new InternScheduleRequest(wards.stream().map(UnitView::id).toList(), WEEKS_PER_WARD));

        Map<Long, List<StaffView>> tutorsByWard = new HashMap<>();
        int tutored = 0;
        int scores = 0;
        int ratings = 0;
        for (InternRotationView r : rotations.ofIntake(intake.id())) {
            if (r.fromOn().isAfter(today)) {
                continue;
            }
            List<StaffView> candidates = tutorsByWard.computeIfAbsent(r.unitId(), this::tutorsOf);
            InternRotationView current = r;
            for (StaffView t : candidates) {
                try {
                    current = rotations.assignTutor(r.id(), new TutorAssignment(t.id(), r.version()));
                    tutored++;
                    break;
                } catch (DomainException full) {
                    // this tutor has her two interns already; try the next
                }
            }
            if (!r.toOn().isBefore(today)) {
                continue;
            }
            scores += exitScores(random, r, today);
            if (current.tutorStaffId() != null) {
                InternView intern = intakes.interns(intake.id()).stream().filter(i -> i.id().equals(r.internId()))
                        .findFirst().orElseThrow();
                List<Integer> items = new ArrayList<>();
                for (int k = 0; k < 5; k++) {
                    items.add(3 + random.nextInt(3));
                }
                feedback.internRatesTutor(intern.code(), r.id(), InternEvaluationForm.of(items, null));
                ratings++;
            }
        }
        int votes = 0;
        for (InternView intern : intakes.interns(intake.id())) {
            var mine = feedback.byCodeView(intern.code());
            if (!mine.tutors().isEmpty() && random.nextInt(3) > 0) {
                feedback.vote(intern.code(), mine.tutors().get(random.nextInt(mine.tutors().size())).staffId());
                votes++;
            }
        }
        InternMeetingForm meeting = new InternMeetingForm();
        meeting.setHeldOn(start.plusWeeks(8).plusDays(3));
        meeting.setPlace("护理部示教室");
        meeting.setChair("护理部主任");
        meeting.setAttendance("实习生 8 人，各病区带教老师、护士长");
        meeting.setSummary("学生普遍反映带教老师认真负责，希望增加操作示教机会；带教老师反映个别学生理论基础薄弱，要求加强课后复习。");
        feedback.recordMeeting(intake.id(), meeting);
        return String.format("%d interns, %d tutored rotations, %d exit scores, %d tutor ratings, %d best-tutor votes",
                INTERNS, tutored, scores, ratings, votes);
    }

    private List<StaffView> tutorsOf(Long wardId) {
        return staff.search(new StaffFilter(null, wardId, null, StaffStatus.ACTIVE, null, null),
                        PageRequest.of(0, 100, Sort.by("employeeNo"))).getContent().stream()
                .filter(s -> wardId.equals(s.unitId()) && s.title() != null && s.title() != ProfessionalTitle.NURSE
                        && s.title().isNursing())
                .toList();
    }

    /** Theory and skill exit scores; a failed first attempt is retaken and passed a week later. */
    private int exitScores(Random random, InternRotationView r, LocalDate today) {
        int n = 0;
        for (InternExitKind kind : InternExitKind.values()) {
            int score = 55 + random.nextInt(44);
            n += score(r, kind, score, r.toOn());
            if (score < 60 && !r.toOn().plusDays(7).isAfter(today)) {
                n += score(r, kind, 70 + random.nextInt(20), r.toOn().plusDays(7));
            }
        }
        return n;
    }

    private int score(InternRotationView r, InternExitKind kind, int score, LocalDate on) {
        InternExitScoreForm f = new InternExitScoreForm();
        f.setInternId(r.internId());
        f.setRotationId(r.id());
        f.setKind(kind);
        f.setScore(BigDecimal.valueOf(score));
        f.setPassMark(new BigDecimal("60"));
        f.setExaminedOn(on);
        f.setExaminer(r.tutorName());
        feedback.recordExitScore(f);
        return 1;
    }
}
