package org.yuanwu.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.training.internal.intern.EvaluationRules;
import org.yuanwu.training.internal.intern.Intern;
import org.yuanwu.training.internal.intern.InternAccess;
import org.yuanwu.training.internal.intern.InternCodes;
import org.yuanwu.training.internal.intern.InternEvaluation;
import org.yuanwu.training.internal.intern.InternEvaluationRepository;
import org.yuanwu.training.internal.intern.InternExitScore;
import org.yuanwu.training.internal.intern.InternExitScoreRepository;
import org.yuanwu.training.internal.intern.InternIntake;
import org.yuanwu.training.internal.intern.InternMeeting;
import org.yuanwu.training.internal.intern.InternMeetingRepository;
import org.yuanwu.training.internal.intern.InternRepository;
import org.yuanwu.training.internal.intern.InternRotation;
import org.yuanwu.training.internal.intern.InternRotationRepository;
import org.yuanwu.training.internal.intern.TutorVote;
import org.yuanwu.training.internal.intern.TutorVoteRepository;
import org.yuanwu.training.internal.intern.VoteRules;

/**
 * The end of a placement: exit theory and skill scores (every attempt kept, the latest counts); the two-way
 * evaluation (the intern rates her tutor with her code, the signed-in tutor rates the intern); the 评教评学 meeting;
 * and the best-tutor vote, once per intern by code until the closing day, results ranked.
 */
@Service
@Transactional
public class InternFeedbackService {

    public static final String SCORE_RECORD = "training_intern_exit_score";
    public static final String EVALUATION_RECORD = "training_intern_evaluation";
    public static final String VOTE_RECORD = "training_intern_vote";
    public static final String MEETING_RECORD = "training_intern_meeting";
    static final BigDecimal MAX_SCORE = new BigDecimal("100");

    private final InternRepository interns;
    private final InternRotationRepository rotations;
    private final InternExitScoreRepository scores;
    private final InternEvaluationRepository evaluations;
    private final TutorVoteRepository votes;
    private final InternMeetingRepository meetings;
    private final InternRotationService rotationService;
    private final InternAccess access;
    private final ApplicationEventPublisher events;

    InternFeedbackService(InternRepository interns, InternRotationRepository rotations, InternExitScoreRepository scores,
                          InternEvaluationRepository evaluations, TutorVoteRepository votes,
                          InternMeetingRepository meetings, InternRotationService rotationService, InternAccess access,
                          ApplicationEventPublisher events) {
        this.interns = interns;
        this.rotations = rotations;
        this.scores = scores;
        this.evaluations = evaluations;
        this.votes = votes;
        this.meetings = meetings;
        this.rotationService = rotationService;
        this.access = access;
        this.events = events;
    }

    // ---------------------------------------------------------------- exit scores

    public InternExitScoreView recordExitScore(InternExitScoreForm form) {
        if (form.getInternId() == null) {
            throw DomainException.invalid("internId", "intern.error.internRequired");
        }
        Intern intern = intern(form.getInternId());
        InternIntake intake = access.intake(intern.getIntakeId());
        Actor actor;
        InternRotation rotation = null;
        if (form.getRotationId() != null) {
            rotation = rotations.findById(form.getRotationId())
                    .filter(r -> r.getInternId().equals(intern.getId()) && r.getRemovedReason() == null)
                    .orElseThrow(() -> DomainException.invalid("rotationId", "intern.error.rotationNotHers"));
            actor = access.rotationManageable(intake, rotation.getUnitId());
        } else {
            actor = access.manageable(intake);
        }
        if (form.getKind() == null) {
            throw DomainException.invalid("kind", "intern.error.kindRequired");
        }
        if (form.getScore() == null || form.getScore().signum() < 0 || form.getScore().compareTo(MAX_SCORE) > 0
                || form.getScore().scale() > 1) {
            throw DomainException.invalid("score", "intern.error.scoreRange");
        }
        if (form.getPassMark() == null || form.getPassMark().signum() <= 0 || form.getPassMark().compareTo(MAX_SCORE) > 0) {
            throw DomainException.invalid("passMark", "intern.error.passMarkRange");
        }
        if (form.getExaminedOn() == null) {
            throw DomainException.invalid("examinedOn", "intern.error.examinedOnRequired");
        }
        if (form.getExaminedOn().isAfter(access.today()) || form.getExaminedOn().isBefore(intake.getStartOn())) {
            throw DomainException.invalid("examinedOn", "intern.error.examinedOnRange");
        }
        if (form.getExaminer() != null && form.getExaminer().length() > 64) {
            throw DomainException.invalid("examiner", "error.tooLong", "64");
        }
        Long rotationId = rotation == null ? null : rotation.getId();
        List<InternExitScore> earlier = scores.findByInternIdOrderByKindAscAttemptAsc(intern.getId()).stream()
                .filter(s -> s.getKind() == form.getKind() && Objects.equals(s.getRotationId(), rotationId)).toList();
        if (!earlier.isEmpty() && earlier.get(earlier.size() - 1).isPassed()) {
            throw DomainException.conflict("intern.error.alreadyPassed");
        }
        InternExitScore s = new InternExitScore(intake.getId(), intern.getId(), rotationId, form.getKind(),
                form.getScore(), form.getPassMark(), earlier.size() + 1, form.getExaminedOn(),
                InternIntakeService.blankToNull(form.getExaminer()), actor.username(), Instant.now(access.clock()));
        scores.save(s);
        events.publishEvent(RecordChanged.created(SCORE_RECORD, s.getId(), intern.getName() + " " + s.getKind(), s.snapshot()));
        return scoreViews(List.of(s), Set.of(s.getId())).get(0);
    }

    @Transactional(readOnly = true)
    public List<InternExitScoreView> exitScores(Long intakeId) {
        access.readable(access.intake(intakeId));
        List<InternExitScore> all = scores.findByIntakeIdOrderByInternIdAscKindAscAttemptAsc(intakeId);
        Map<String, Long> latest = new HashMap<>();
        for (InternExitScore s : all) {
            latest.put(s.getInternId() + ":" + s.getRotationId() + ":" + s.getKind(), s.getId());
        }
        return scoreViews(all, Set.copyOf(latest.values()));
    }

    private List<InternExitScoreView> scoreViews(List<InternExitScore> list, Set<Long> latest) {
        InternAccess.Names names = access.names();
        Map<Long, String> internNames = new HashMap<>();
        List<InternExitScoreView> views = new ArrayList<>();
        for (InternExitScore s : list) {
            String unit = s.getRotationId() == null ? null
                    : rotations.findById(s.getRotationId()).map(r -> names.unit(r.getUnitId())).orElse(null);
            views.add(new InternExitScoreView(s.getId(), s.getInternId(), internName(internNames, s.getInternId()),
                    s.getRotationId(), unit, s.getKind(), s.getScore(), s.getPassMark(), s.isPassed(), s.getAttempt(),
                    latest.contains(s.getId()), s.getExaminedOn(), s.getExaminer()));
        }
        return views;
    }

    // ---------------------------------------------------------------- evaluations

    /** The signed-in tutor of the rotation rates the intern. */
    public InternEvaluationView tutorRatesIntern(Long rotationId, InternEvaluationForm form) {
        CurrentActor.require(Permissions.TRAINING_READ);
        InternRotation r = rotation(rotationId);
        Long me = access.myStaffId().orElseThrow(() -> DomainException.conflict("intern.error.noStaffRecord"));
        if (!me.equals(r.getTutorStaffId())) {
            throw DomainException.conflict("intern.error.notYourRotation");
        }
        return evaluate(r, InternEvaluationDirection.TUTOR_RATES_INTERN, form, CurrentActor.get().username());
    }

    /** The intern, with her code, rates the tutor of one of her rotations. */
    public InternEvaluationView internRatesTutor(String code, Long rotationId, InternEvaluationForm form) {
        Intern intern = byCode(code);
        InternRotation r = rotation(rotationId);
        if (!r.getInternId().equals(intern.getId())) {
            throw DomainException.notFound("intern.error.rotationNotFound", rotationId);
        }
        if (r.getTutorStaffId() == null) {
            throw DomainException.conflict("intern.error.noTutor");
        }
        return evaluate(r, InternEvaluationDirection.INTERN_RATES_TUTOR, form, "code:" + intern.getStudentNo());
    }

    private InternEvaluationView evaluate(InternRotation r, InternEvaluationDirection direction, InternEvaluationForm form,
                                          String submittedBy) {
        if (r.getRemovedReason() != null) {
            throw DomainException.conflict("intern.error.rotationRemoved");
        }
        if (!EvaluationRules.open(r.getToOn(), access.today())) {
            throw DomainException.conflict("intern.error.evaluationNotYet", r.getToOn().minusDays(6).toString());
        }
        if (evaluations.existsByRotationIdAndDirection(r.getId(), direction)) {
            throw DomainException.conflict("intern.error.alreadyEvaluated");
        }
        int bad = EvaluationRules.firstInvalidItem(form == null ? null : form.getItems());
        if (bad >= 0) {
            throw DomainException.invalid("items", "intern.error.itemRange", String.valueOf(bad + 1));
        }
        if (form.getRemark() != null && form.getRemark().length() > 1000) {
            throw DomainException.invalid("remark", "error.tooLong", "1000");
        }
        InternEvaluation e = new InternEvaluation(r.getId(), r.getInternId(), r.getTutorStaffId(), direction,
                form.getItems().subList(0, EvaluationRules.ITEMS), InternIntakeService.blankToNull(form.getRemark()),
                submittedBy, Instant.now(access.clock()));
        try {
            evaluations.saveAndFlush(e);
        } catch (DataIntegrityViolationException race) {
            throw DomainException.conflict("intern.error.alreadyEvaluated");
        }
        events.publishEvent(RecordChanged.created(EVALUATION_RECORD, e.getId(), direction.name(), e.snapshot()));
        return evaluationViews(List.of(e)).get(0);
    }

    @Transactional(readOnly = true)
    public List<InternEvaluationView> evaluations(Long intakeId) {
        access.readable(access.intake(intakeId));
        List<Long> ids = rotations.activeOfIntake(intakeId).stream().map(InternRotation::getId).toList();
        return ids.isEmpty() ? List.of() : evaluationViews(evaluations.findByRotationIdIn(ids));
    }

    private List<InternEvaluationView> evaluationViews(List<InternEvaluation> list) {
        InternAccess.Names names = access.names();
        Map<Long, String> internNames = new HashMap<>();
        List<InternEvaluationView> views = new ArrayList<>();
        for (InternEvaluation e : list) {
            String unit = rotations.findById(e.getRotationId()).map(r -> names.unit(r.getUnitId())).orElse(null);
            views.add(new InternEvaluationView(e.getId(), e.getRotationId(), e.getInternId(),
                    internName(internNames, e.getInternId()), e.getTutorStaffId(), names.staff(e.getTutorStaffId()),
                    unit, e.getDirection(), e.getItems(), e.getTotal(), e.getRemark()));
        }
        return views;
    }

    // ---------------------------------------------------------------- the vote

    /** The intern, with her code, votes once for one of the tutors she had in this intake. */
    public void vote(String code, Long tutorStaffId) {
        Intern intern = byCode(code);
        InternIntake intake = access.intake(intern.getIntakeId());
        List<Long> hers = tutorsOf(intern);
        VoteRules.Refusal refusal = VoteRules.check(intake.getVoteClosesOn(), access.today(),
                votes.existsByIntakeIdAndInternId(intake.getId(), intern.getId()), tutorStaffId, hers);
        if (refusal != null) {
            switch (refusal) {
                case NOT_OPEN -> throw DomainException.conflict("intern.error.voteNotOpen");
                case CLOSED -> throw DomainException.conflict("intern.error.voteClosed", intake.getVoteClosesOn().toString());
                case ALREADY_VOTED -> throw DomainException.conflict("intern.error.alreadyVoted");
                case NOT_HER_TUTOR -> throw DomainException.invalid("tutorStaffId", "intern.error.notHerTutor");
            }
        }
        TutorVote v = new TutorVote(intake.getId(), intern.getId(), tutorStaffId, Instant.now(access.clock()));
        try {
            votes.saveAndFlush(v);
        } catch (DataIntegrityViolationException race) {
            throw DomainException.conflict("intern.error.alreadyVoted");
        }
        // the audit keeps that she voted, not for whom: the ballot stays secret from the trail's readers
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("intakeId", intake.getId());
        after.put("internId", intern.getId());
        events.publishEvent(RecordChanged.created(VOTE_RECORD, v.getId(), intake.getName(), after));
    }

    /** Tutors of the intake ranked by best-tutor votes, then by the interns' average rating. */
    @Transactional(readOnly = true)
    public List<TutorScore> tutorRanking(Long intakeId) {
        access.readable(access.intake(intakeId));
        Map<Long, Long> voteCount = votes.findByIntakeId(intakeId).stream()
                .collect(Collectors.groupingBy(TutorVote::getTutorStaffId, Collectors.counting()));
        List<InternRotation> rs = rotations.activeOfIntake(intakeId);
        Map<Long, List<Integer>> ratings = new HashMap<>();
        List<Long> ids = rs.stream().map(InternRotation::getId).toList();
        if (!ids.isEmpty()) {
            for (InternEvaluation e : evaluations.findByRotationIdIn(ids)) {
                if (e.getDirection() == InternEvaluationDirection.INTERN_RATES_TUTOR) {
                    ratings.computeIfAbsent(e.getTutorStaffId(), k -> new ArrayList<>()).add(e.getTotal());
                }
            }
        }
        Set<Long> tutors = new java.util.HashSet<>(voteCount.keySet());
        rs.stream().map(InternRotation::getTutorStaffId).filter(Objects::nonNull).forEach(tutors::add);
        InternAccess.Names names = access.names();
        record Unranked(Long id, String name, long votes, long n, BigDecimal avg) { }
        List<Unranked> list = new ArrayList<>();
        for (Long t : tutors) {
            List<Integer> rt = ratings.getOrDefault(t, List.of());
            BigDecimal avg = rt.isEmpty() ? null : BigDecimal.valueOf(rt.stream().mapToInt(Integer::intValue).sum())
                    .divide(BigDecimal.valueOf(rt.size()), 1, RoundingMode.HALF_UP);
            list.add(new Unranked(t, names.staff(t), voteCount.getOrDefault(t, 0L), rt.size(), avg));
        }
        list.sort(Comparator.comparingLong(Unranked::votes).reversed()
                .thenComparing(Unranked::avg, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Unranked::name));
        List<TutorScore> ranked = new ArrayList<>();
        int rank = 0;
        long previous = -1;
        for (int i = 0; i < list.size(); i++) {
            Unranked u = list.get(i);
            if (u.votes() != previous) {
                rank = i + 1; // ties share a rank (1, 1, 3)
                previous = u.votes();
            }
            ranked.add(new TutorScore(rank, u.id(), u.name(), u.votes(), u.n(), u.avg()));
        }
        return ranked;
    }

    @Transactional(readOnly = true)
    public long votesCast(Long intakeId) {
        access.readable(access.intake(intakeId));
        return votes.findByIntakeId(intakeId).size();
    }

    // ---------------------------------------------------------------- the intern's own page

    @Transactional(readOnly = true)
    public InternCodeView byCodeView(String code) {
        Intern intern = byCode(code);
        InternIntake intake = access.intake(intern.getIntakeId());
        List<InternRotation> hers = rotations.activeOfIntern(intern.getId());
        List<InternRotationView> views = rotationService.views(hers);
        LocalDate today = access.today();
        List<Long> ratable = views.stream()
                .filter(v -> v.tutorStaffId() != null && !v.internRated() && EvaluationRules.open(v.toOn(), today))
                .map(InternRotationView::id).toList();
        InternAccess.Names names = access.names();
        Map<Long, InternCodeView.TutorChoice> tutors = new LinkedHashMap<>();
        for (InternRotation r : hers) {
            if (r.getTutorStaffId() != null) {
                tutors.putIfAbsent(r.getTutorStaffId(), new InternCodeView.TutorChoice(r.getTutorStaffId(),
                        names.staff(r.getTutorStaffId()), names.unit(r.getUnitId())));
            }
        }
        boolean voted = votes.existsByIntakeIdAndInternId(intake.getId(), intern.getId());
        boolean open = VoteRules.open(intake.getVoteClosesOn(), today);
        return new InternCodeView(intern.getName(), intake.getName(), views, ratable, List.copyOf(tutors.values()),
                open, intake.getVoteClosesOn(), voted);
    }

    // ---------------------------------------------------------------- meetings

    public InternMeetingView recordMeeting(Long intakeId, InternMeetingForm form) {
        InternIntake intake = access.intake(intakeId);
        Actor actor = access.manageable(intake);
        access.requireActive(intake);
        if (form.getHeldOn() == null) {
            throw DomainException.invalid("heldOn", "intern.error.heldOnRequired");
        }
        if (form.getHeldOn().isAfter(access.today())) {
            throw DomainException.invalid("heldOn", "intern.error.heldOnFuture");
        }
        InternIntakeService.requiredText("summary", form.getSummary(), 8000);
        for (String[] f : new String[][] {{"place", form.getPlace(), "100"}, {"chair", form.getChair(), "64"},
                {"attendance", form.getAttendance(), "500"}}) {
            if (f[1] != null && f[1].length() > Integer.parseInt(f[2])) {
                throw DomainException.invalid(f[0], "error.tooLong", f[2]);
            }
        }
        InternMeeting m = new InternMeeting(intakeId, form.getHeldOn(), InternIntakeService.blankToNull(form.getPlace()),
                InternIntakeService.blankToNull(form.getChair()), InternIntakeService.blankToNull(form.getAttendance()),
                form.getSummary().strip(), actor.username(), Instant.now(access.clock()));
        meetings.save(m);
        events.publishEvent(RecordChanged.created(MEETING_RECORD, m.getId(), intake.getName() + " " + m.getHeldOn(), m.snapshot()));
        return view(m);
    }

    @Transactional(readOnly = true)
    public List<InternMeetingView> meetings(Long intakeId) {
        access.readable(access.intake(intakeId));
        return meetings.findByIntakeIdOrderByHeldOnDesc(intakeId).stream().map(InternFeedbackService::view).toList();
    }

    private static InternMeetingView view(InternMeeting m) {
        return new InternMeetingView(m.getId(), m.getIntakeId(), m.getHeldOn(), m.getPlace(), m.getChair(),
                m.getAttendance(), m.getSummary(), m.getRecordedBy());
    }

    // ---------------------------------------------------------------- internals

    private Intern byCode(String code) {
        Intern intern = interns.findByCode(InternCodes.normalize(code))
                .orElseThrow(() -> DomainException.notFound("intern.error.codeUnknown"));
        if (!intern.isActive() || access.intake(intern.getIntakeId()).isRemoved()) {
            throw DomainException.notFound("intern.error.codeUnknown");
        }
        return intern;
    }

    private List<Long> tutorsOf(Intern intern) {
        return rotations.activeOfIntern(intern.getId()).stream().map(InternRotation::getTutorStaffId)
                .filter(Objects::nonNull).distinct().toList();
    }

    private Intern intern(Long id) {
        return interns.findById(id).orElseThrow(() -> DomainException.notFound("intern.error.internNotFound", id));
    }

    private InternRotation rotation(Long id) {
        return rotations.findById(id).orElseThrow(() -> DomainException.notFound("intern.error.rotationNotFound", id));
    }

    private String internName(Map<Long, String> cache, Long id) {
        return cache.computeIfAbsent(id, k -> interns.findById(k).map(Intern::getName).orElse("#" + k));
    }
}
