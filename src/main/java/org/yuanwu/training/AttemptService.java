package org.yuanwu.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.indicator.Fact;
import org.yuanwu.indicator.FactsRecorded;
import org.yuanwu.organization.StaffView;
import org.yuanwu.training.internal.exam.Attempt;
import org.yuanwu.training.internal.exam.AttemptItem;
import org.yuanwu.training.internal.exam.AttemptItemRepository;
import org.yuanwu.training.internal.exam.AttemptRepository;
import org.yuanwu.training.internal.exam.AttemptRules;
import org.yuanwu.training.internal.exam.Exam;
import org.yuanwu.training.internal.exam.ExamRule;
import org.yuanwu.training.internal.exam.ExamRuleRepository;
import org.yuanwu.training.internal.exam.ExamTables;
import org.yuanwu.training.internal.exam.GradingRules;
import org.yuanwu.training.internal.exam.PaperAssembler;
import org.yuanwu.training.internal.exam.BankQuestion;
import org.yuanwu.training.internal.exam.BankQuestionRepository;

/**
 * Sitting exams and grading them. An online attempt has a server-side deadline (start plus the
 * exam's duration, never after it closes); answers are saved one by one; a late answer or submit
 * is refused, and the attempt is then submitted with what was saved — as it is by the sweep and
 * on any later access. Objective questions are graded at once (rules in GradingRules), short
 * answers by the examiner. The person's result is her best graded attempt; each final result
 * publishes the exam facts for her unit.
 */
@Service
@Transactional
public class AttemptService {

    public static final String RECORD_TYPE = "training_attempt";
    public static final String FACT_SOURCE = "training.exam_result";

    private static final SecureRandom SEEDS = new SecureRandom();

    private final AttemptRepository attempts;
    private final AttemptItemRepository items;
    private final BankQuestionRepository questions;
    private final ExamRuleRepository rules;
    private final ExamTables tables;
    private final ExamService examService;
    private final ExamAccess access;
    private final ApplicationEventPublisher events;

    AttemptService(AttemptRepository attempts, AttemptItemRepository items, BankQuestionRepository questions,
                   ExamRuleRepository rules, ExamTables tables, ExamService examService, ExamAccess access,
                   ApplicationEventPublisher events) {
        this.attempts = attempts;
        this.items = items;
        this.questions = questions;
        this.rules = rules;
        this.tables = tables;
        this.examService = examService;
        this.access = access;
        this.events = events;
    }

    public static String factSourceId(Long examId, Long staffId) {
        return examId + "-" + staffId;
    }

    // ---------------------------------------------------------------- candidate

    /** The signed-in candidate's attempt in progress (submitting it first if its deadline passed), if any. */
    @Transactional
    public Optional<AttemptView> current(Long examId) {
        Exam exam = access.load(examId);
        Long staffId = candidate(exam);
        for (Attempt a : attempts.findByExamIdAndStaffIdOrderByAttemptNo(examId, staffId)) {
            if (a.getStatus() == AttemptStatus.IN_PROGRESS) {
                if (AttemptRules.late(a.getDeadline(), access.now())) {
                    expire(a, exam);
                } else {
                    return Optional.of(view(a, exam, false));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Starts an attempt (or returns the one in progress). Refused when she is not invited, the exam
     * is not open, or no retake is allowed (passed, result pending, or no attempts left).
     */
    public AttemptView start(Long examId) {
        Exam exam = access.load(examId);
        Long staffId = candidate(exam);
        Instant now = access.now();
        if (exam.getMode() != ExamMode.ONLINE) {
            throw DomainException.conflict("exam.error.notOnline");
        }
        if (exam.getStatus() != ExamStatus.PUBLISHED) {
            throw DomainException.conflict("exam.error.notPublished");
        }
        if (now.isBefore(exam.getOpensAt())) {
            throw DomainException.conflict("exam.error.notOpenYet");
        }
        if (exam.isClosedAt(now)) {
            throw DomainException.conflict("exam.error.closed");
        }
        List<Attempt> previous = attempts.findByExamIdAndStaffIdOrderByAttemptNo(examId, staffId);
        for (Attempt a : previous) {
            if (a.getStatus() == AttemptStatus.IN_PROGRESS) {
                if (!AttemptRules.late(a.getDeadline(), now)) {
                    return view(a, exam, false);
                }
                expire(a, exam);
            }
        }
        List<AttemptRules.Outcome> graded = previous.stream().filter(a -> a.getStatus() == AttemptStatus.GRADED)
                .map(Attempt::outcome).toList();
        boolean pending = previous.stream().anyMatch(a -> a.getStatus() == AttemptStatus.SUBMITTED);
        Optional<String> refusal = AttemptRules.retakeRefusal(graded, previous.size(), pending, exam.getMaxAttempts());
        if (refusal.isPresent()) {
            throw DomainException.conflict(refusal.get());
        }
        StaffView person = access.staff(staffId).orElseThrow(() -> DomainException.notFound("exam.error.staffUnknown", staffId));
        long seed = exam.isPerCandidate() ? SEEDS.nextLong() : exam.getId();
        Instant deadline = AttemptRules.deadline(now, exam.getDurationMinutes(), exam.getClosesAt());
        Attempt attempt = new Attempt(examId, staffId, person.unitId(), previous.size() + 1, seed, now, deadline);
        attempts.save(attempt);
        List<AttemptItem> paper = new ArrayList<>();
        if (exam.isPerCandidate()) {
            List<PaperAssembler.Rule> list = rules.findByExamIdOrderByPosition(examId).stream().map(ExamRule::rule).toList();
            PaperAssembler.Result drawn = PaperAssembler.assemble(list, examService.bank(exam), seed);
            if (!drawn.ok()) {
                throw ExamService.unsatisfiable(drawn.shortfalls().get(0));
            }
            for (PaperAssembler.Picked p : drawn.paper()) {
                paper.add(new AttemptItem(attempt.getId(), paper.size() + 1, p.questionId(), p.points()));
            }
        } else {
            for (ExamTables.PaperEntry e : tables.paper(examId)) {
                paper.add(new AttemptItem(attempt.getId(), e.position(), e.questionId(), e.points()));
            }
        }
        attempt.maxScore(BigDecimal.valueOf(paper.stream().mapToInt(AttemptItem::getPoints).sum()));
        items.saveAll(paper);
        questions.markUsed(paper.stream().map(AttemptItem::getQuestionId).toList());
        events.publishEvent(RecordChanged.created(RECORD_TYPE, attempt.getId(), exam.getTitle() + " #" + attempt.getAttemptNo(),
                Map.of("examId", examId, "staffId", staffId, "deadline", String.valueOf(deadline))));
        return view(attempt, exam, false);
    }

    /**
     * Saves the answer to one question of her paper (an empty list clears it). After the deadline
     * it is refused, and the attempt is submitted with the answers saved before.
     */
    @Transactional(noRollbackFor = DomainException.class)
    public AttemptItemView saveAnswer(Long attemptId, Long questionId, List<String> response) {
        Attempt attempt = loadOwn(attemptId);
        Exam exam = access.load(attempt.getExamId());
        if (attempt.getStatus() != AttemptStatus.IN_PROGRESS) {
            throw DomainException.conflict("exam.error.alreadySubmitted");
        }
        Instant now = access.now();
        List<AttemptItem> paper = items.findByAttemptIdOrderByPosition(attemptId);
        AttemptItem item = paper.stream().filter(i -> i.getQuestionId().equals(questionId)).findFirst()
                .orElseThrow(() -> DomainException.invalid("questionId", "exam.error.questionNotOnPaper", questionId));
        if (AttemptRules.late(attempt.getDeadline(), now)) {
            expire(attempt, exam);
            throw DomainException.conflict("exam.error.deadlinePassed");
        }
        BankQuestion q = questions.findById(questionId).orElseThrow();
        item.answer(normalizeResponse(q, response), now);
        items.save(item);
        return itemView(item, q, false);
    }

    /** Submits her attempt; a second submission, or one after the deadline, is refused. */
    @Transactional(noRollbackFor = DomainException.class)
    public AttemptView submit(Long attemptId) {
        Attempt attempt = loadOwn(attemptId);
        Exam exam = access.load(attempt.getExamId());
        if (attempt.getStatus() != AttemptStatus.IN_PROGRESS) {
            throw DomainException.conflict("exam.error.alreadySubmitted");
        }
        if (AttemptRules.late(attempt.getDeadline(), access.now())) {
            expire(attempt, exam);
            throw DomainException.conflict("exam.error.deadlinePassed");
        }
        close(attempt, exam, AttemptSubmitReason.CANDIDATE, access.now());
        return view(attempt, exam, false);
    }

    /** An attempt with its answers: for the candidate herself, or for whoever manages the exam. */
    @Transactional
    public AttemptView attempt(Long attemptId) {
        Attempt attempt = attempts.findById(attemptId)
                .orElseThrow(() -> DomainException.notFound("exam.error.attemptNotFound", attemptId));
        Exam exam = access.load(attempt.getExamId());
        Actor actor = CurrentActor.get();
        boolean own = access.ownStaffId(actor).map(attempt.getStaffId()::equals).orElse(false);
        boolean manager = access.manages(actor, exam.getUnitId());
        if (!own && !manager) {
            throw new AccessDeniedProblem();
        }
        if (attempt.getStatus() == AttemptStatus.IN_PROGRESS && AttemptRules.late(attempt.getDeadline(), access.now())) {
            expire(attempt, exam);
        }
        boolean key = manager || (exam.isShowAnswers() && exam.isClosedAt(access.now())
                && attempt.getStatus() != AttemptStatus.IN_PROGRESS);
        return view(attempt, exam, key);
    }

    /** Attempts still in progress whose deadline has passed (for the scheduled sweep). */
    @Transactional(readOnly = true)
    public List<Long> overdueAttemptIds() {
        return attempts.dueIds(AttemptStatus.IN_PROGRESS, access.now());
    }

    /** Submits the attempt with its saved answers if its deadline has passed; true when it did. */
    public boolean submitIfOverdue(Long attemptId) {
        Attempt a = attempts.findById(attemptId).orElse(null);
        if (a == null || a.getStatus() != AttemptStatus.IN_PROGRESS || !AttemptRules.late(a.getDeadline(), access.now())) {
            return false;
        }
        expire(a, access.load(a.getExamId()));
        return true;
    }

    // ---------------------------------------------------------------- examiner

    /** Short answers waiting for a score, in the exams the caller manages (one exam, or all when null). */
    @Transactional(readOnly = true)
    public List<GradingQueueItem> gradingQueue(Long examId) {
        List<Long> examIds;
        if (examId != null) {
            Exam exam = access.load(examId);
            access.manager(exam.getUnitId());
            examIds = List.of(examId);
        } else {
            Actor actor = CurrentActor.require(org.yuanwu.common.Permissions.TRAINING_WRITE);
            examIds = examService.search(new ExamFilter(null, null, null, ExamStatus.PUBLISHED, null),
                            org.springframework.data.domain.PageRequest.of(0, 500)).getContent().stream()
                    .filter(ExamView::manages).map(ExamView::id).toList();
            if (actor == null || examIds.isEmpty()) {
                return List.of();
            }
        }
        List<AttemptItem> waiting = items.ungraded(examIds);
        Map<Long, Attempt> byId = attempts.findAllById(waiting.stream().map(AttemptItem::getAttemptId).distinct().toList())
                .stream().collect(Collectors.toMap(Attempt::getId, Function.identity()));
        Map<Long, BankQuestion> qs = questionsOf(waiting);
        Map<Long, String> titles = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        List<GradingQueueItem> list = new ArrayList<>();
        for (AttemptItem i : waiting) {
            Attempt a = byId.get(i.getAttemptId());
            BankQuestion q = qs.get(i.getQuestionId());
            list.add(new GradingQueueItem(a.getId(), i.getPosition(), a.getExamId(),
                    titles.computeIfAbsent(a.getExamId(), id -> access.load(id).getTitle()), a.getStaffId(),
                    names.computeIfAbsent(a.getStaffId(), this::staffName), q.getStem(), q.getAnswer(), i.getResponse(),
                    i.getPoints()));
        }
        return list;
    }

    /** Scores one short answer (0 to its points); the attempt's result is final when every answer has a score. */
    public AttemptView grade(Long attemptId, int position, BigDecimal score) {
        Attempt attempt = attempts.findById(attemptId)
                .orElseThrow(() -> DomainException.notFound("exam.error.attemptNotFound", attemptId));
        Exam exam = access.load(attempt.getExamId());
        Actor actor = access.manager(exam.getUnitId());
        if (attempt.getStatus() == AttemptStatus.IN_PROGRESS) {
            throw DomainException.conflict("exam.error.notSubmitted");
        }
        AttemptItem item = items.findByAttemptIdOrderByPosition(attemptId).stream()
                .filter(i -> i.getPosition() == position).findFirst()
                .orElseThrow(() -> DomainException.invalid("position", "exam.error.positionUnknown", position));
        BankQuestion q = questions.findById(item.getQuestionId()).orElseThrow();
        if (q.getType() != QuestionType.SHORT_ANSWER) {
            throw DomainException.invalid("position", "exam.error.notShortAnswer", position);
        }
        if (score == null || score.signum() < 0 || score.scale() > 2) {
            throw DomainException.invalid("score", "exam.error.scoreInvalid");
        }
        if (score.compareTo(BigDecimal.valueOf(item.getPoints())) > 0) {
            throw DomainException.invalid("score", "exam.error.scoreAboveMax", item.getPoints());
        }
        BigDecimal before = item.getScore();
        item.score(score.setScale(2, RoundingMode.HALF_UP), actor.username(), access.now());
        items.save(item);
        events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, attemptId, exam.getTitle() + " #" + position,
                before == null ? Map.of() : Map.of("score", before), Map.of("position", position, "score", score)));
        finishIfGraded(attempt, exam);
        return view(attempt, exam, true);
    }

    /**
     * Enters a paper exam's score for an invited candidate: a new sitting, or (with attemptId) a
     * correction of one entered before. Refused above the paper's maximum.
     */
    public AttemptView enterPaperScore(Long examId, Long staffId, BigDecimal score, Long attemptId, Long version) {
        Exam exam = access.load(examId);
        Actor actor = access.manager(exam.getUnitId());
        if (exam.getMode() != ExamMode.PAPER) {
            throw DomainException.conflict("exam.error.notPaper");
        }
        if (exam.getStatus() != ExamStatus.PUBLISHED) {
            throw DomainException.conflict("exam.error.notPublished");
        }
        BigDecimal max = examService.maxScore(exam);
        checkPaperScore(examId, staffId, score, max);
        Instant now = access.now();
        LocalDate date = access.localDate(exam.getOpensAt());
        boolean passed = AttemptRules.passed(score, exam.getPassMark(), exam.getPassMarkType(), max);
        List<Attempt> previous = attempts.findByExamIdAndStaffIdOrderByAttemptNo(examId, staffId);
        Attempt attempt;
        Map<String, Object> before = Map.of();
        if (attemptId != null) {
            attempt = previous.stream().filter(a -> a.getId().equals(attemptId)).findFirst()
                    .orElseThrow(() -> DomainException.invalid("attemptId", "exam.error.attemptNotFound", attemptId));
            StaleEditException.check(version, attempt.getVersion());
            before = Map.of("score", String.valueOf(attempt.getScore()));
        } else {
            checkNewSitting(exam, previous);
            StaffView person = access.staff(staffId).orElseThrow();
            attempt = new Attempt(examId, staffId, person.unitId(), previous.size() + 1, 0L, now, null);
        }
        attempt.entered(score.setScale(2, RoundingMode.HALF_UP), max, passed, date, actor.username(), now);
        attempts.saveAndFlush(attempt);
        events.publishEvent(RecordChanged.of(attemptId == null ? AuditAction.CREATE : AuditAction.UPDATE, RECORD_TYPE,
                attempt.getId(), exam.getTitle() + " #" + attempt.getAttemptNo(), before,
                Map.of("staffId", staffId, "score", score, "passed", passed)));
        publishFacts(exam, staffId);
        return view(attempt, exam, true);
    }

    /**
     * Why a new sitting with this score would be refused (the rules of enterPaperScore), or empty when it would
     * be entered; the workbook import checks every row with it before writing anything.
     */
    java.util.Optional<DomainException> paperScoreRefusal(Exam exam, Long staffId, BigDecimal score, BigDecimal max) {
        try {
            checkPaperScore(exam.getId(), staffId, score, max);
            checkNewSitting(exam, attempts.findByExamIdAndStaffIdOrderByAttemptNo(exam.getId(), staffId));
            return java.util.Optional.empty();
        } catch (DomainException e) {
            return java.util.Optional.of(e);
        }
    }

    private void checkPaperScore(Long examId, Long staffId, BigDecimal score, BigDecimal max) {
        if (staffId == null || !tables.invited(examId, staffId)) {
            throw DomainException.invalid("staffId", "exam.error.notInvited");
        }
        if (score == null || score.signum() < 0 || score.scale() > 2) {
            throw DomainException.invalid("score", "exam.error.scoreInvalid");
        }
        if (score.compareTo(max) > 0) {
            throw DomainException.invalid("score", "exam.error.scoreAboveMax", max.stripTrailingZeros().toPlainString());
        }
    }

    private static void checkNewSitting(Exam exam, List<Attempt> previous) {
        if (previous.stream().anyMatch(a -> Boolean.TRUE.equals(a.getPassed()))) {
            throw DomainException.conflict("exam.error.alreadyPassed");
        }
        if (exam.getMaxAttempts() != null && previous.size() >= exam.getMaxAttempts()) {
            throw DomainException.conflict("exam.error.noAttemptsLeft");
        }
    }

    // ---------------------------------------------------------------- internals

    /** The signed-in user's staff id, if she is invited to the exam; 403 otherwise. */
    private Long candidate(Exam exam) {
        Actor actor = CurrentActor.get();
        Long staffId = access.ownStaffId(actor)
                .orElseThrow(() -> new DomainException(HttpStatus.FORBIDDEN, null, "exam.error.noStaffRecord"));
        if (!tables.invited(exam.getId(), staffId) || exam.getStatus() == ExamStatus.WITHDRAWN) {
            throw new DomainException(HttpStatus.FORBIDDEN, null, "exam.error.notInvited");
        }
        return staffId;
    }

    private Attempt loadOwn(Long attemptId) {
        Attempt attempt = attempts.findById(attemptId)
                .orElseThrow(() -> DomainException.notFound("exam.error.attemptNotFound", attemptId));
        Long staffId = access.ownStaffId(CurrentActor.get()).orElse(null);
        if (!attempt.getStaffId().equals(staffId)) {
            throw new DomainException(HttpStatus.FORBIDDEN, null, "exam.error.notYourAttempt");
        }
        return attempt;
    }

    /** Submits an attempt whose deadline passed, as of its deadline, with the answers saved by then. */
    private void expire(Attempt attempt, Exam exam) {
        close(attempt, exam, AttemptSubmitReason.TIMEOUT, attempt.getDeadline());
    }

    private void close(Attempt attempt, Exam exam, AttemptSubmitReason reason, Instant at) {
        attempt.submit(reason, at, access.localDate(at));
        List<AttemptItem> paper = items.findByAttemptIdOrderByPosition(attempt.getId());
        Map<Long, BankQuestion> qs = questionsOf(paper);
        for (AttemptItem i : paper) {
            BankQuestion q = qs.get(i.getQuestionId());
            BigDecimal s = GradingRules.score(q.getType(), q.getAnswer(), i.getResponse(), i.getPoints());
            if (s != null) {
                i.score(s, "auto", at);
            } else if (i.getResponse() == null || i.getResponse().isBlank()) {
                i.score(BigDecimal.ZERO.setScale(2), "auto", at); // an unanswered short answer needs no examiner
            }
        }
        items.saveAll(paper);
        attempts.save(attempt);
        events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, attempt.getId(),
                exam.getTitle() + " #" + attempt.getAttemptNo(), Map.of("status", AttemptStatus.IN_PROGRESS),
                Map.of("status", AttemptStatus.SUBMITTED, "reason", reason)));
        finishIfGraded(attempt, exam, paper);
    }

    private void finishIfGraded(Attempt attempt, Exam exam) {
        finishIfGraded(attempt, exam, items.findByAttemptIdOrderByPosition(attempt.getId()));
    }

    private void finishIfGraded(Attempt attempt, Exam exam, List<AttemptItem> paper) {
        if (paper.stream().anyMatch(i -> i.getScore() == null)) {
            return;
        }
        BigDecimal total = paper.stream().map(AttemptItem::getScore).reduce(BigDecimal.ZERO, BigDecimal::add);
        attempt.graded(total, AttemptRules.passed(total, exam.getPassMark(), exam.getPassMarkType(), attempt.getMaxScore()));
        attempts.saveAndFlush(attempt);
        publishFacts(exam, attempt.getStaffId());
    }

    /** Replaces the person's exam facts by those of the attempt that counts now. */
    private void publishFacts(Exam exam, Long staffId) {
        if (exam.getStatus() == ExamStatus.WITHDRAWN) {
            return;
        }
        List<Attempt> graded = attempts.findByExamIdAndStaffIdOrderByAttemptNo(exam.getId(), staffId).stream()
                .filter(a -> a.getStatus() == AttemptStatus.GRADED).toList();
        Optional<Attempt> counted = AttemptRules.counted(graded, Attempt::outcome);
        List<Fact> facts = new ArrayList<>();
        counted.ifPresent(a -> {
            boolean passed = Boolean.TRUE.equals(a.getPassed());
            facts.add(Fact.of("training.exam_taken", a.getUnitId(), a.getExamDate(), 1));
            facts.add(Fact.of("training.exam_passed", a.getUnitId(), a.getExamDate(), passed ? 1 : 0));
            if (exam.getKind() == ExamKind.INFECTION_CONTROL) {
                facts.add(Fact.of("training.ic_exam_taken", a.getUnitId(), a.getExamDate(), 1));
                facts.add(Fact.of("training.ic_exam_passed", a.getUnitId(), a.getExamDate(), passed ? 1 : 0));
            }
        });
        events.publishEvent(new FactsRecorded(FACT_SOURCE, factSourceId(exam.getId(), staffId), facts));
    }

    private static String normalizeResponse(BankQuestion q, List<String> response) {
        List<String> given = response == null ? List.of() : response.stream().map(s -> s == null ? "" : s).toList();
        if (given.stream().allMatch(String::isBlank)) {
            return null;
        }
        String text = switch (q.getType()) {
            case SINGLE, MULTIPLE -> {
                var letters = GradingRules.letters(String.join("", given));
                int options = q.options().size();
                if (letters.isEmpty() || letters.stream().anyMatch(l -> l.charAt(0) - 'A' >= options)) {
                    throw DomainException.invalid("response", "exam.error.responseNotAnOption");
                }
                if (q.getType() == QuestionType.SINGLE && letters.size() > 1) {
                    throw DomainException.invalid("response", "exam.error.responseOneOption");
                }
                yield String.join("", letters);
            }
            case TRUE_FALSE -> {
                String tf = GradingRules.trueFalse(given.get(0));
                if (tf == null) {
                    throw DomainException.invalid("response", "exam.error.responseTrueFalse");
                }
                yield tf;
            }
            case FILL_IN -> {
                int blanks = GradingRules.blanks(q.getAnswer()).size();
                if (given.size() > blanks) {
                    throw DomainException.invalid("response", "exam.error.responseTooManyBlanks", blanks);
                }
                yield given.stream().map(s -> s.replace("\n", " ").strip()).collect(Collectors.joining("\n"));
            }
            case SHORT_ANSWER -> String.join("\n", given).strip();
        };
        if (text.length() > 4000) {
            throw DomainException.invalid("response", "error.tooLong", 4000);
        }
        return text;
    }

    private Map<Long, BankQuestion> questionsOf(List<AttemptItem> list) {
        return questions.findAllById(list.stream().map(AttemptItem::getQuestionId).collect(Collectors.toCollection(LinkedHashSet::new)))
                .stream().collect(Collectors.toMap(BankQuestion::getId, Function.identity()));
    }

    private String staffName(Long staffId) {
        return access.staff(staffId).map(StaffView::name).orElse("#" + staffId);
    }

    AttemptView view(Attempt a, Exam exam, boolean key) {
        List<AttemptItem> paper = items.findByAttemptIdOrderByPosition(a.getId());
        Map<Long, BankQuestion> qs = questionsOf(paper);
        List<AttemptItemView> list = new ArrayList<>();
        for (AttemptItem i : paper) {
            list.add(itemView(i, qs.get(i.getQuestionId()), key));
        }
        long remaining = a.getStatus() == AttemptStatus.IN_PROGRESS && a.getDeadline() != null
                ? Math.max(0, Duration.between(access.now(), a.getDeadline()).toSeconds()) : 0;
        boolean showScores = a.getStatus() != AttemptStatus.IN_PROGRESS;
        return new AttemptView(a.getId(), exam.getId(), exam.getTitle(), a.getStaffId(), staffName(a.getStaffId()),
                a.getAttemptNo(), a.getStatus(), a.getStartedAt(), a.getDeadline(), a.getSubmittedAt(), a.getSubmitReason(),
                showScores ? a.getScore() : null, a.getMaxScore(), showScores ? a.getPassed() : null, remaining, key,
                list, a.getVersion());
    }

    private static AttemptItemView itemView(AttemptItem i, BankQuestion q, boolean key) {
        List<String> response = i.getResponse() == null ? List.of()
                : q.getType() == QuestionType.FILL_IN ? Arrays.asList(i.getResponse().split("\n", -1)) : List.of(i.getResponse());
        int blanks = q.getType() == QuestionType.FILL_IN ? GradingRules.blanks(q.getAnswer()).size() : 0;
        // per-question scores would give the key away, so they show only where the key does
        return new AttemptItemView(i.getPosition(), q.getId(), q.getType(), q.getStem(), q.options(), i.getPoints(),
                response, blanks, key ? i.getScore() : null, key ? q.getAnswer() : null, key ? q.getExplanation() : null);
    }
}
