package org.yuanwu.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
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
import org.yuanwu.organization.StaffView;
import org.yuanwu.training.internal.compliance.ComplianceEvaluation;
import org.yuanwu.training.internal.compliance.ComplianceRule;
import org.yuanwu.training.internal.compliance.ComplianceRuleRepository;
import org.yuanwu.training.internal.skill.ComplianceRules;

/**
 * Yearly training requirements beyond the standardised-training skills (which keep their own list in
 * SkillAssessmentService): rules as data, each for an audience, asking for skills passed, exams passed (of any
 * or one kind) or credits, due by a month's end. The compliance list shows, per person in the caller's scope and
 * rule that applies to her, what she achieved, what is missing and whether it is overdue (rules in
 * ComplianceEvaluation). Rules are hospital-wide, so only a training manager who sees every unit edits them.
 */
@Service
@Transactional
public class ComplianceService {

    public static final String RECORD_TYPE = "training_compliance_rule";

    private final ComplianceRuleRepository rules;
    private final CreditService credits;
    private final TechnicalFileService files;
    private final ExamAccess access;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    ComplianceService(ComplianceRuleRepository rules, CreditService credits, TechnicalFileService files, ExamAccess access,
                      JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.rules = rules;
        this.credits = credits;
        this.files = files;
        this.access = access;
        this.jdbc = jdbc;
        this.events = events;
    }

    // ---------------------------------------------------------------- rules

    @Transactional(readOnly = true)
    public List<ComplianceRuleView> rules() {
        CurrentActor.require(Permissions.TRAINING_READ);
        return rules.findAllByOrderByActiveDescIdAsc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public ComplianceRuleView rule(Long id) {
        CurrentActor.require(Permissions.TRAINING_READ);
        return view(load(id));
    }

    public ComplianceRuleView create(ComplianceRuleForm form) {
        Actor actor = ruleManager();
        check(form);
        ComplianceRule r = new ComplianceRule(actor.username(), access.now());
        r.apply(form, access.now());
        rules.saveAndFlush(r);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, r.getId(), r.getName(), r.snapshot()));
        return view(r);
    }

    public ComplianceRuleView update(Long id, ComplianceRuleForm form) {
        ruleManager();
        ComplianceRule r = load(id);
        if (!r.isActive()) {
            throw DomainException.conflict("techfile.error.ruleWithdrawn");
        }
        StaleEditException.check(form.getVersion(), r.getVersion());
        check(form);
        Map<String, Object> before = r.snapshot();
        r.apply(form, access.now());
        rules.saveAndFlush(r);
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, r.getId(), r.getName(), before, r.snapshot()));
        return view(r);
    }

    public ComplianceRuleView withdraw(Long id, String reason, Long version) {
        ruleManager();
        ComplianceRule r = load(id);
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "techfile.error.reasonRequired");
        }
        if (reason.length() > 500) {
            throw DomainException.invalid("reason", "error.tooLong", 500);
        }
        if (!r.isActive()) {
            throw DomainException.conflict("techfile.error.ruleWithdrawn");
        }
        StaleEditException.check(version, r.getVersion());
        Map<String, Object> before = r.snapshot();
        r.withdraw(reason.strip(), access.now());
        rules.saveAndFlush(r);
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, r.getId(), r.getName(), before, r.snapshot()));
        return view(r);
    }

    private Actor ruleManager() {
        Actor actor = CurrentActor.require(Permissions.TRAINING_WRITE);
        if (access.scopedUnitIds(actor) != null) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    private void check(ComplianceRuleForm f) {
        if (f.getName() == null || f.getName().isBlank()) {
            throw DomainException.invalid("name", "techfile.error.nameRequired");
        }
        if (f.getName().strip().length() > 200) {
            throw DomainException.invalid("name", "error.tooLong", 200);
        }
        if (f.getAudienceUnitId() != null && !access.unitExists(f.getAudienceUnitId())) {
            throw DomainException.invalid("audienceUnitId", "techfile.error.unitUnknown", f.getAudienceUnitId());
        }
        if (f.getRequirement() == null) {
            throw DomainException.invalid("requirement", "techfile.error.requirementRequired");
        }
        if (f.getRequirement() == ComplianceRequirement.EXAMS_OF_KIND_PASSED && f.getExamKind() == null) {
            throw DomainException.invalid("examKind", "techfile.error.examKindRequired");
        }
        BigDecimal n = f.getRequiredCount();
        if (n == null || n.signum() <= 0 || n.compareTo(CreditService.MAX_HOURS) > 0 || n.stripTrailingZeros().scale() > 1
                || (f.getRequirement() != ComplianceRequirement.CREDITS && n.stripTrailingZeros().scale() > 0)) {
            throw DomainException.invalid("requiredCount", "techfile.error.countRange");
        }
        if (f.getDueMonth() == null || f.getDueMonth() < 1 || f.getDueMonth() > 12) {
            throw DomainException.invalid("dueMonth", "techfile.error.dueMonthRange");
        }
    }

    private ComplianceRule load(Long id) {
        return rules.findById(id).orElseThrow(() -> DomainException.notFound("techfile.error.ruleNotFound", id));
    }

    private ComplianceRuleView view(ComplianceRule r) {
        return new ComplianceRuleView(r.getId(), r.getName(), r.getAudienceUnitId(),
                r.getAudienceUnitId() == null ? null : access.unitName(r.getAudienceUnitId()), r.titles(), r.levels(),
                r.employmentTypes(), r.getRequirement(), r.getExamKind(), r.getRequiredCount(), r.getDueMonth(),
                r.isActive(), r.getWithdrawnReason(), r.getVersion());
    }

    // ---------------------------------------------------------------- evaluation

    /**
     * The compliance list of the year: for every active staff member in the caller's scope (under unitId) and every
     * active rule (or the one given) that applies to her, one row; missingOnly keeps the rows with something missing.
     */
    @Transactional(readOnly = true)
    public List<ComplianceRow> evaluate(int year, Long unitId, Long ruleId, boolean missingOnly) {
        CurrentActor.require(Permissions.TRAINING_READ);
        CreditService.checkYear(year);
        List<ComplianceRule> active = rules.findByActiveTrueOrderByIdAsc().stream()
                .filter(r -> ruleId == null || r.getId().equals(ruleId)).toList();
        List<StaffView> people = files.people(unitId, null);
        if (active.isEmpty() || people.isEmpty()) {
            return List.of();
        }
        Map<Long, ComplianceEvaluation.Audience> audiences = new HashMap<>();
        for (ComplianceRule r : active) {
            audiences.put(r.getId(), new ComplianceEvaluation.Audience(
                    r.getAudienceUnitId() == null ? null : new HashSet<>(access.subtree(r.getAudienceUnitId())),
                    Set.copyOf(r.titles()), Set.copyOf(r.levels()), Set.copyOf(r.employmentTypes())));
        }
        List<Long> ids = people.stream().map(StaffView::id).toList();
        Map<Long, Set<Long>> skills = skillsPassed(ids, year);
        Map<Long, Map<ExamKind, Integer>> exams = ComplianceEvaluation.examsPassed(examOutcomes(ids, year), year);
        boolean needsCredits = active.stream().anyMatch(r -> r.getRequirement() == ComplianceRequirement.CREDITS);
        Map<Long, CreditTotals> totals = needsCredits ? credits.totals(people, year) : Map.of();
        Map<Long, String> unitNames = access.unitNames(people.stream().map(StaffView::unitId).toList());
        LocalDate today = access.today();
        List<ComplianceRow> rows = new ArrayList<>();
        for (StaffView p : people) {
            ComplianceEvaluation.Achievements a = new ComplianceEvaluation.Achievements(
                    skills.getOrDefault(p.id(), Set.of()).size(), exams.getOrDefault(p.id(), Map.of()),
                    totals.containsKey(p.id()) ? totals.get(p.id()).total() : BigDecimal.ZERO);
            for (ComplianceRule r : active) {
                if (!audiences.get(r.getId()).admits(p.unitId(), p.title(), p.nurseLevel(), p.employmentType())) {
                    continue;
                }
                BigDecimal achieved = ComplianceEvaluation.achieved(r.getRequirement(), r.getExamKind(), a);
                BigDecimal missing = ComplianceEvaluation.missing(r.getRequiredCount(), achieved);
                if (missingOnly && missing.signum() == 0) {
                    continue;
                }
                LocalDate due = ComplianceEvaluation.dueOn(year, r.getDueMonth());
                rows.add(new ComplianceRow(p.unitId(), unitNames.get(p.unitId()), p.id(), p.employeeNo(), p.name(),
                        r.getId(), r.getName(), r.getRequirement(), r.getExamKind(), r.getRequiredCount(), achieved,
                        missing, due, ComplianceEvaluation.overdue(due, today, missing)));
            }
        }
        rows.sort(Comparator.comparing(ComplianceRow::unitName).thenComparing(ComplianceRow::staffName)
                .thenComparing(ComplianceRow::staffId).thenComparing(ComplianceRow::ruleId));
        return rows;
    }

    private Map<Long, Set<Long>> skillsPassed(Collection<Long> staffIds, int year) {
        List<ComplianceRules.Attempt> attempts = new ArrayList<>();
        query("select a.id, a.staff_id, a.skill_id, a.assessed_on, a.passed from training_skill_assessment a"
                + " join unnest(?) as w(id) on a.staff_id = w.id"
                + " where a.withdrawn = false and a.assessed_on between ? and ?", staffIds, year,
                rs -> attempts.add(new ComplianceRules.Attempt(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5))));
        return ComplianceRules.passedSkills(attempts);
    }

    private List<ComplianceEvaluation.ExamOutcome> examOutcomes(Collection<Long> staffIds, int year) {
        List<ComplianceEvaluation.ExamOutcome> outcomes = new ArrayList<>();
        query("select a.staff_id, a.exam_id, e.kind, a.exam_date, a.passed from training_attempt a"
                + " join unnest(?) as w(id) on a.staff_id = w.id join training_exam e on e.id = a.exam_id"
                + " where a.status = 'GRADED' and e.status <> 'WITHDRAWN' and a.exam_date between ? and ?", staffIds, year,
                rs -> outcomes.add(new ComplianceEvaluation.ExamOutcome(rs.getLong(1), rs.getLong(2),
                        ExamKind.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getBoolean(5))));
        return outcomes;
    }

    private void query(String sql, Collection<Long> staffIds, int year, org.springframework.jdbc.core.RowCallbackHandler handler) {
        Object[] ids = new LinkedHashSet<>(staffIds).toArray();
        jdbc.query(con -> {
            var ps = con.prepareStatement(sql);
            ps.setArray(1, con.createArrayOf("BIGINT", ids));
            ps.setObject(2, LocalDate.of(year, 1, 1));
            ps.setObject(3, LocalDate.of(year, 12, 31));
            return ps;
        }, handler);
    }
}
