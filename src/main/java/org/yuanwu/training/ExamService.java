package org.yuanwu.training;

import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;
import org.yuanwu.training.internal.exam.Exam;
import org.yuanwu.training.internal.exam.ExamRepository;
import org.yuanwu.training.internal.exam.ExamRule;
import org.yuanwu.training.internal.exam.ExamRuleRepository;
import org.yuanwu.training.internal.exam.ExamTables;
import org.yuanwu.training.internal.exam.PaperAssembler;
import org.yuanwu.training.internal.exam.BankQuestion;
import org.yuanwu.training.internal.exam.BankQuestionRepository;

/**
 * Setting exams up: settings, the candidate list, the paper (by hand or by rules), publishing and
 * withdrawing. Settings and paper change only while the exam is a DRAFT; candidates may be
 * re-invited until it closes.
 */
@Service
@Transactional
public class ExamService {

    public static final String RECORD_TYPE = "training_exam";
    /** Full marks of a paper exam whose questions are not in the bank. */
    public static final BigDecimal PAPER_EXAM_FULL_MARKS = BigDecimal.valueOf(100);
    public static final int MAX_QUESTIONS = 300;

    private final ExamRepository exams;
    private final ExamRuleRepository rules;
    private final ExamTables tables;
    private final BankQuestionRepository questions;
    private final StaffService staff;
    private final ExamAccess access;
    private final ApplicationEventPublisher events;

    ExamService(ExamRepository exams, ExamRuleRepository rules, ExamTables tables, BankQuestionRepository questions,
                StaffService staff, ExamAccess access, ApplicationEventPublisher events) {
        this.exams = exams;
        this.rules = rules;
        this.tables = tables;
        this.questions = questions;
        this.staff = staff;
        this.access = access;
        this.events = events;
    }

    // ---------------------------------------------------------------- reading

    /** Exams of the units in the caller's scope, and exams with candidates in it. */
    @Transactional(readOnly = true)
    public Page<ExamView> search(ExamFilter filter, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_READ);
        ExamFilter f = filter == null ? ExamFilter.none() : filter;
        Collection<Long> scoped = access.scopedUnitIds(actor);
        List<Long> withCandidates = scoped == null ? List.of() : tables.examsWithCandidatesIn(scoped);
        Collection<Long> filtered = f.unitId() == null ? null : access.subtree(f.unitId());
        Specification<Exam> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (scoped != null) {
                List<Predicate> any = new ArrayList<>();
                if (!scoped.isEmpty()) {
                    any.add(root.get("unitId").in(scoped));
                }
                if (!withCandidates.isEmpty()) {
                    any.add(root.get("id").in(withCandidates));
                }
                where.add(any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new)));
            }
            if (filtered != null) {
                where.add(filtered.isEmpty() ? cb.disjunction() : root.get("unitId").in(filtered));
            }
            if (f.q() != null && !f.q().isBlank()) {
                where.add(cb.like(cb.lower(root.get("title")), "%" + f.q().strip().toLowerCase(Locale.ROOT) + "%"));
            }
            if (f.kind() != null) {
                where.add(cb.equal(root.get("kind"), f.kind()));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.year() != null) {
                Instant from = LocalDateTime.of(f.year(), 1, 1, 0, 0).atZone(ExamView.ZONE).toInstant();
                Instant to = LocalDateTime.of(f.year() + 1, 1, 1, 0, 0).atZone(ExamView.ZONE).toInstant();
                where.add(cb.greaterThanOrEqualTo(root.get("opensAt"), from));
                where.add(cb.lessThan(root.get("opensAt"), to));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        Page<Exam> page = exams.findAll(spec, pageable);
        return page.map(e -> view(e, actor));
    }

    @Transactional(readOnly = true)
    public ExamView get(Long id) {
        Exam exam = access.load(id);
        Actor actor = readable(exam);
        return view(exam, actor);
    }

    @Transactional(readOnly = true)
    public PaperView paper(Long id) {
        Exam exam = access.load(id);
        access.manager(exam.getUnitId());
        return paperOf(exam);
    }

    /** The stored candidate list, as staff records (name, unit at invitation). */
    @Transactional(readOnly = true)
    public List<StaffView> candidates(Long id) {
        Exam exam = access.load(id);
        access.manager(exam.getUnitId());
        List<StaffView> list = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        for (ExamTables.CandidateEntry c : tables.candidates(id)) {
            access.staff(c.staffId()).ifPresent(s -> list.add(new StaffView(s.id(), s.employeeNo(), s.name(), s.gender(),
                    null, null, null, c.unitId(), names.computeIfAbsent(c.unitId(), access::unitName), s.position(),
                    s.title(), s.nurseLevel(), null, s.employmentType(), s.status(), s.version())));
        }
        return list;
    }

    // ---------------------------------------------------------------- settings

    public ExamView create(ExamForm form) {
        Actor actor = checkForm(form);
        Instant now = access.now();
        Exam exam = new Exam(actor.username(), now);
        exam.apply(form, instant(form.getOpensAt()), instant(form.getClosesAt()), now);
        exams.saveAndFlush(exam);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, exam.getId(), exam.getTitle(), exam.snapshot()));
        return view(exam, actor);
    }

    public ExamView update(Long id, ExamForm form) {
        Exam exam = access.load(id);
        access.manager(exam.getUnitId());
        StaleEditException.check(form.getVersion(), exam.getVersion());
        requireDraft(exam);
        if (form.getUnitId() != null && !form.getUnitId().equals(exam.getUnitId())) {
            throw DomainException.invalid("unitId", "exam.error.unitFixed");
        }
        form.setUnitId(exam.getUnitId());
        Actor actor = checkForm(form);
        Map<String, Object> before = exam.snapshot();
        PaperAssembly was = exam.getAssembly();
        if (exam.apply(form, instant(form.getOpensAt()), instant(form.getClosesAt()), access.now())) {
            if (was != exam.getAssembly()) {
                // the other way of making the paper starts empty
                tables.replacePaper(id, List.of());
                rules.deleteByExamId(id);
            }
            exams.saveAndFlush(exam);
            events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, exam.getTitle(), before, exam.snapshot()));
        }
        return view(exam, actor);
    }

    private Actor checkForm(ExamForm f) {
        if (f.getUnitId() == null) {
            throw DomainException.invalid("unitId", "exam.error.unitRequired");
        }
        Actor actor = access.manager(f.getUnitId());
        UnitView unit = access.unit(f.getUnitId());
        if (!unit.active()) {
            throw DomainException.invalid("unitId", "exam.error.unitInactive", unit.name());
        }
        if (f.getTitle() == null || f.getTitle().isBlank()) {
            throw DomainException.invalid("title", "exam.error.titleRequired");
        }
        if (f.getTitle().length() > 200) {
            throw DomainException.invalid("title", "error.tooLong", 200);
        }
        if (f.getKind() == null) {
            throw DomainException.invalid("kind", "exam.error.kindRequired");
        }
        if (f.getMode() == null) {
            throw DomainException.invalid("mode", "exam.error.modeRequired");
        }
        if (f.getOpensAt() == null) {
            throw DomainException.invalid("opensAt", "exam.error.opensRequired");
        }
        if (f.getClosesAt() == null) {
            throw DomainException.invalid("closesAt", "exam.error.closesRequired");
        }
        if (!f.getClosesAt().isAfter(f.getOpensAt())) {
            throw DomainException.invalid("closesAt", "exam.error.closesBeforeOpens");
        }
        if (f.getMode() == ExamMode.ONLINE
                && (f.getDurationMinutes() == null || f.getDurationMinutes() < 1 || f.getDurationMinutes() > 600)) {
            throw DomainException.invalid("durationMinutes", "exam.error.durationRange");
        }
        if (f.getPassMarkType() == null) {
            throw DomainException.invalid("passMarkType", "exam.error.passMarkTypeRequired");
        }
        if (f.getPassMark() == null || f.getPassMark().signum() <= 0 || f.getPassMark().scale() > 2
                || (f.getPassMarkType() == ExamPassMarkType.PERCENT && f.getPassMark().compareTo(BigDecimal.valueOf(100)) > 0)
                || f.getPassMark().compareTo(BigDecimal.valueOf(10000)) > 0) {
            throw DomainException.invalid("passMark", "exam.error.passMarkRange");
        }
        if (f.getMaxAttempts() != null && (f.getMaxAttempts() < 1 || f.getMaxAttempts() > 20)) {
            throw DomainException.invalid("maxAttempts", "exam.error.maxAttemptsRange");
        }
        if (f.getAssembly() == null) {
            throw DomainException.invalid("assembly", "exam.error.assemblyRequired");
        }
        return actor;
    }

    // ---------------------------------------------------------------- candidates

    /** Resolves the invitation to staff and stores them as the exam's candidates (replacing the list). */
    public ExamView invite(Long id, ExamInvitation invitation) {
        Exam exam = access.load(id);
        Actor actor = access.manager(exam.getUnitId());
        if (exam.getStatus() == ExamStatus.WITHDRAWN) {
            throw DomainException.conflict("exam.error.withdrawn");
        }
        if (exam.isClosedAt(access.now())) {
            throw DomainException.conflict("exam.error.closed");
        }
        Map<Long, ExamTables.CandidateEntry> chosen = new LinkedHashMap<>();
        if (invitation.getUnitId() != null) {
            UnitView unit = access.unit(invitation.getUnitId());
            if (!access.manages(actor, unit.id())) {
                throw DomainException.invalid("unitId", "exam.error.inviteUnitOutOfScope", unit.name());
            }
            for (StaffView s : staff.search(new StaffFilter(null, unit.id(), null, StaffStatus.ACTIVE, null, null),
                    PageRequest.of(0, StaffService.EXPORT_LIMIT, Sort.by("id"))).getContent()) {
                boolean title = invitation.getTitles().isEmpty() || invitation.getTitles().contains(s.title());
                boolean level = invitation.getLevels().isEmpty() || invitation.getLevels().contains(s.nurseLevel());
                if (title && level) {
                    chosen.put(s.id(), new ExamTables.CandidateEntry(s.id(), s.unitId()));
                }
            }
        }
        for (Long staffId : invitation.getStaffIds()) {
            StaffView s = access.staff(staffId)
                    .orElseThrow(() -> DomainException.invalid("staffIds", "exam.error.staffUnknown", staffId));
            if (!access.manages(actor, s.unitId())) {
                throw DomainException.invalid("staffIds", "exam.error.staffOutOfScope", s.name());
            }
            chosen.putIfAbsent(s.id(), new ExamTables.CandidateEntry(s.id(), s.unitId()));
        }
        if (chosen.isEmpty()) {
            throw DomainException.invalid("unitId", "exam.error.noCandidates");
        }
        tables.replaceCandidates(id, chosen.values());
        exam.invitation(invitation.getUnitId(), join(invitation.getTitles()), join(invitation.getLevels()), access.now());
        exams.saveAndFlush(exam);
        events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, id, exam.getTitle(), Map.of(),
                Map.of("candidates", chosen.size(), "inviteUnitId", String.valueOf(invitation.getUnitId()))));
        return view(exam, actor);
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values.isEmpty() ? null : values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    // ---------------------------------------------------------------- paper

    /** Sets the hand-picked paper: the questions in order, each with its points (null: the question's own). */
    public PaperView setQuestions(Long id, List<Long> questionIds, List<Integer> points) {
        Exam exam = access.load(id);
        access.manager(exam.getUnitId());
        requireDraft(exam);
        if (exam.getAssembly() != PaperAssembly.MANUAL) {
            throw DomainException.conflict("exam.error.notManual");
        }
        if (questionIds == null || questionIds.isEmpty()) {
            throw DomainException.invalid("questionIds", "exam.error.paperEmpty");
        }
        if (questionIds.size() > MAX_QUESTIONS) {
            throw DomainException.invalid("questionIds", "exam.error.paperTooLong", MAX_QUESTIONS);
        }
        if (new LinkedHashSet<>(questionIds).size() != questionIds.size()) {
            throw DomainException.invalid("questionIds", "exam.error.paperDuplicate");
        }
        Set<Long> allowed = access.bankUnitsFor(exam.getUnitId());
        List<ExamTables.PaperEntry> entries = new ArrayList<>();
        for (int i = 0; i < questionIds.size(); i++) {
            Long qid = questionIds.get(i);
            BankQuestion q = questions.findById(qid)
                    .orElseThrow(() -> DomainException.invalid("questionIds", "exam.error.questionNotFound", qid));
            if (!q.isLatest() || q.isWithdrawn() || !allowed.contains(q.getUnitId())) {
                throw DomainException.invalid("questionIds", "exam.error.questionNotUsable", qid);
            }
            Integer p = points == null || i >= points.size() ? null : points.get(i);
            if (p != null && (p < 1 || p > 100)) {
                throw DomainException.invalid("points", "exam.error.pointsRange");
            }
            entries.add(new ExamTables.PaperEntry(i + 1, qid, p == null ? q.getPoints() : p));
        }
        tables.replacePaper(id, entries);
        exam.touch(access.now());
        exams.saveAndFlush(exam);
        events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, id, exam.getTitle(), Map.of(),
                Map.of("paper", questionIds)));
        return paperOf(exam);
    }

    /** Sets the paper rules; refused when the bank cannot satisfy them, naming the rule and what is missing. */
    public PaperView setRules(Long id, List<PaperRule> wanted) {
        Exam exam = access.load(id);
        access.manager(exam.getUnitId());
        requireDraft(exam);
        if (exam.getAssembly() != PaperAssembly.RULES) {
            throw DomainException.conflict("exam.error.notRules");
        }
        if (wanted == null || wanted.isEmpty()) {
            throw DomainException.invalid("rules", "exam.error.rulesEmpty");
        }
        List<PaperAssembler.Rule> list = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < wanted.size(); i++) {
            PaperRule r = wanted.get(i);
            if (r == null || r.category() == null || r.type() == null) {
                throw DomainException.invalid("rules", "exam.error.ruleIncomplete", i + 1);
            }
            if (r.difficulty() != null && (r.difficulty() < 1 || r.difficulty() > 5)) {
                throw DomainException.invalid("rules", "exam.error.difficultyRange");
            }
            if (r.count() == null || r.count() < 1 || r.count() > MAX_QUESTIONS) {
                throw DomainException.invalid("rules", "exam.error.ruleCount", i + 1, MAX_QUESTIONS);
            }
            if (r.pointsEach() == null || r.pointsEach() < 1 || r.pointsEach() > 100) {
                throw DomainException.invalid("rules", "exam.error.pointsRange");
            }
            total += r.count();
            list.add(new PaperAssembler.Rule(r.category(), r.difficulty(), r.type(), r.count(), r.pointsEach()));
        }
        if (total > MAX_QUESTIONS) {
            throw DomainException.invalid("rules", "exam.error.paperTooLong", MAX_QUESTIONS);
        }
        List<PaperAssembler.Shortfall> shortfalls = PaperAssembler.check(list, bank(exam));
        if (!shortfalls.isEmpty()) {
            throw unsatisfiable(shortfalls.get(0));
        }
        rules.deleteByExamId(id);
        rules.flush();
        for (int i = 0; i < list.size(); i++) {
            rules.save(new ExamRule(id, i + 1, list.get(i)));
        }
        exam.touch(access.now());
        exams.saveAndFlush(exam);
        events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, id, exam.getTitle(), Map.of(),
                Map.of("rules", wanted.stream().map(String::valueOf).toList())));
        return paperOf(exam);
    }

    static DomainException unsatisfiable(PaperAssembler.Shortfall s) {
        PaperAssembler.Rule r = s.wanted();
        return DomainException.invalid("rules", "exam.error.ruleUnsatisfiable", s.rule(), r.count(),
                label("exam.category." + r.category()),
                r.difficulty() == null ? label("exam.difficulty.any") : r.difficulty(),
                label("exam.type." + r.type()), s.available());
    }

    /** The pickable bank of the exam's unit for the rules. */
    List<PaperAssembler.Candidate> bank(Exam exam) {
        return questions.pickable(access.bankUnitsFor(exam.getUnitId())).stream()
                .map(q -> new PaperAssembler.Candidate(q.getId(), q.getCategory(), q.getDifficulty(), q.getType()))
                .toList();
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Opens the exam to its candidates. An online exam needs a paper; a fixed rule paper is drawn
     * now (seeded by the exam id) so every candidate gets the same questions. Papers' questions
     * become "used", so later edits make new versions.
     */
    public ExamView publish(Long id, Long version) {
        Exam exam = access.load(id);
        Actor actor = access.manager(exam.getUnitId());
        StaleEditException.check(version, exam.getVersion());
        requireDraft(exam);
        if (tables.candidateCount(id) == 0) {
            throw DomainException.conflict("exam.error.noCandidates");
        }
        if (exam.getAssembly() == PaperAssembly.MANUAL) {
            List<ExamTables.PaperEntry> paper = tables.paper(id);
            if (paper.isEmpty() && exam.getMode() == ExamMode.ONLINE) {
                throw DomainException.conflict("exam.error.paperEmpty");
            }
            questions.markUsed(paper.stream().map(ExamTables.PaperEntry::questionId).toList());
        } else {
            List<PaperAssembler.Rule> list = rules.findByExamIdOrderByPosition(id).stream().map(ExamRule::rule).toList();
            if (list.isEmpty()) {
                throw DomainException.conflict("exam.error.rulesEmpty");
            }
            PaperAssembler.Result drawn = PaperAssembler.assemble(list, bank(exam), exam.getId());
            if (!drawn.ok()) {
                throw unsatisfiable(drawn.shortfalls().get(0));
            }
            if (!exam.isPerCandidate()) {
                List<ExamTables.PaperEntry> entries = new ArrayList<>();
                for (PaperAssembler.Picked p : drawn.paper()) {
                    entries.add(new ExamTables.PaperEntry(entries.size() + 1, p.questionId(), p.points()));
                }
                tables.replacePaper(id, entries);
                questions.markUsed(entries.stream().map(ExamTables.PaperEntry::questionId).toList());
            }
        }
        Map<String, Object> before = exam.snapshot();
        exam.publish(access.now());
        exams.saveAndFlush(exam);
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, exam.getTitle(), before, exam.snapshot()));
        return view(exam, actor);
    }

    /** Withdraws the exam with a reason: nobody can sit it any more and its results no longer count. */
    public ExamView withdraw(Long id, Long version, String reason) {
        Exam exam = access.load(id);
        Actor actor = access.manager(exam.getUnitId());
        StaleEditException.check(version, exam.getVersion());
        if (exam.getStatus() == ExamStatus.WITHDRAWN) {
            throw DomainException.conflict("exam.error.withdrawn");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "exam.error.reasonRequired");
        }
        if (reason.length() > 500) {
            throw DomainException.invalid("reason", "error.tooLong", 500);
        }
        Map<String, Object> before = exam.snapshot();
        exam.withdraw(reason.strip(), access.now());
        exams.saveAndFlush(exam);
        for (ExamTables.CandidateEntry c : tables.candidates(id)) {
            events.publishEvent(org.yuanwu.indicator.FactsRecorded.withdrawn(AttemptService.FACT_SOURCE,
                    AttemptService.factSourceId(id, c.staffId())));
        }
        Map<String, Object> after = new LinkedHashMap<>(exam.snapshot());
        after.put("reason", reason.strip());
        events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, id, exam.getTitle(), before, after));
        return view(exam, actor);
    }

    // ---------------------------------------------------------------- internals

    private Actor readable(Exam exam) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_READ);
        if (access.sees(actor, exam.getUnitId())) {
            return actor;
        }
        Collection<Long> scoped = access.scopedUnitIds(actor);
        if (scoped != null && tables.examsWithCandidatesIn(scoped).contains(exam.getId())) {
            return actor;
        }
        if (access.ownStaffId(actor).map(s -> tables.invited(exam.getId(), s)).orElse(false)) {
            return actor;
        }
        throw new AccessDeniedProblem();
    }

    private void requireDraft(Exam exam) {
        if (exam.getStatus() != ExamStatus.DRAFT) {
            throw DomainException.conflict("exam.error.notDraft");
        }
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ExamView.ZONE).toInstant();
    }

    PaperView paperOf(Exam exam) {
        List<PaperQuestionView> list = new ArrayList<>();
        int total = 0;
        Map<Long, String> names = new HashMap<>();
        for (ExamTables.PaperEntry e : tables.paper(exam.getId())) {
            BankQuestion q = questions.findById(e.questionId()).orElseThrow();
            list.add(new PaperQuestionView(e.position(), e.points(),
                    QuestionService.view(q, names.computeIfAbsent(q.getUnitId(), access::unitName))));
            total += e.points();
        }
        List<PaperRule> ruleList = rules.findByExamIdOrderByPosition(exam.getId()).stream().map(ExamRule::rule)
                .map(r -> new PaperRule(r.category(), r.difficulty(), r.type(), r.count(), r.pointsEach())).toList();
        if (list.isEmpty()) {
            total = ruleList.stream().mapToInt(r -> r.count() * r.pointsEach()).sum();
        }
        return new PaperView(exam.getAssembly(), exam.isPerCandidate(), list, ruleList, total);
    }

    /** The paper's maximum: the fixed paper's points, the rules' total, or 100 for a paper exam without one. */
    BigDecimal maxScore(Exam exam) {
        int total = tables.paper(exam.getId()).stream().mapToInt(ExamTables.PaperEntry::points).sum();
        if (total == 0) {
            total = rules.findByExamIdOrderByPosition(exam.getId()).stream().map(ExamRule::rule)
                    .mapToInt(r -> r.count() * r.pointsEach()).sum();
        }
        return total == 0 && exam.getMode() == ExamMode.PAPER ? PAPER_EXAM_FULL_MARKS : BigDecimal.valueOf(total);
    }

    /** The exam as listed: counts and totals from the link tables, without loading the questions. */
    ExamView view(Exam e, Actor actor) {
        List<ExamTables.PaperEntry> fixed = tables.paper(e.getId());
        List<PaperAssembler.Rule> ruleList = rules.findByExamIdOrderByPosition(e.getId()).stream().map(ExamRule::rule).toList();
        int count = fixed.isEmpty() ? ruleList.stream().mapToInt(PaperAssembler.Rule::count).sum() : fixed.size();
        int total = fixed.isEmpty() ? ruleList.stream().mapToInt(r -> r.count() * r.pointsEach()).sum()
                : fixed.stream().mapToInt(ExamTables.PaperEntry::points).sum();
        BigDecimal max = total == 0 && e.getMode() == ExamMode.PAPER ? PAPER_EXAM_FULL_MARKS : BigDecimal.valueOf(total);
        return new ExamView(e.getId(), e.getUnitId(), access.unitName(e.getUnitId()), e.getTitle(), e.getKind(),
                e.getMode(), e.getStatus(), e.getOpensAt(), e.getClosesAt(), e.getDurationMinutes(), e.getPassMark(),
                e.getPassMarkType(), e.isShowAnswers(), e.getMaxAttempts(), e.getAssembly(), e.isPerCandidate(),
                e.getInviteUnitId(), parse(e.getInviteTitles(), ProfessionalTitle.class),
                parse(e.getInviteLevels(), NurseLevel.class), tables.candidateCount(e.getId()), count, max,
                e.getWithdrawnReason(), e.getCreatedBy(), access.manages(actor, e.getUnitId()), e.getVersion());
    }

    private static <E extends Enum<E>> Set<E> parse(String csv, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (csv != null && !csv.isBlank()) {
            Arrays.stream(csv.split(",")).forEach(s -> set.add(Enum.valueOf(type, s.strip())));
        }
        return set;
    }

    private static org.springframework.context.MessageSourceResolvable label(String code) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {code}, code);
    }
}
