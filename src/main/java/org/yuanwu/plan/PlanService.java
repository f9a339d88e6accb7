package org.yuanwu.plan;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DataScope;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.indicator.Period;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ScopeGuard;
import org.yuanwu.organization.UnitView;
import org.yuanwu.plan.internal.ApprovalRules;
import org.yuanwu.plan.internal.CheckedItem;
import org.yuanwu.plan.internal.LifecycleRules;
import org.yuanwu.plan.internal.Plan;
import org.yuanwu.plan.internal.PlanHistory;
import org.yuanwu.plan.internal.PlanHistoryRepository;
import org.yuanwu.plan.internal.PlanItem;
import org.yuanwu.plan.internal.PlanItemRepository;
import org.yuanwu.plan.internal.PlanRepository;

/**
 * Work plans of org units: draft, edit, and the lifecycle submit → approve (or return) → start →
 * close, each step kept in the plan's history and the audit trail; comments at any stage; copying
 * last year's plan as next year's draft.
 */
@Service
@Transactional
public class PlanService {

    public static final String RECORD_TYPE = "plan";
    public static final int MAX_COMMENT = 2000;

    private final PlanRepository plans;
    private final PlanItemRepository items;
    private final PlanHistoryRepository history;
    private final PlanAccess access;
    private final OrgUnitService units;
    private final ScopeGuard scope;
    private final ApplicationEventPublisher events;

    PlanService(PlanRepository plans, PlanItemRepository items, PlanHistoryRepository history, PlanAccess access,
                OrgUnitService units, ScopeGuard scope, ApplicationEventPublisher events) {
        this.plans = plans;
        this.items = items;
        this.history = history;
        this.access = access;
        this.units = units;
        this.scope = scope;
        this.events = events;
    }

    // ---------------------------------------------------------------- reading

    /** Plans of the units in the caller's data scope (and, for approvers, of the units below theirs). */
    @Transactional(readOnly = true)
    public Page<PlanView> search(PlanFilter filter, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.PLAN_READ);
        Page<Plan> page = plans.findAll(spec(actor, filter == null ? PlanFilter.none() : filter), pageable);
        Map<Long, Long> counts = new HashMap<>();
        if (page.hasContent()) {
            items.countByPlan(page.getContent().stream().map(Plan::getId).toList())
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        Map<Long, String> names = new HashMap<>();
        return page.map(p -> view(p, names.computeIfAbsent(p.getUnitId(), this::unitName),
                counts.getOrDefault(p.getId(), 0L).intValue()));
    }

    @Transactional(readOnly = true)
    public PlanView get(Long id) {
        Plan plan = access.load(id);
        access.readable(plan);
        return view(plan);
    }

    @Transactional(readOnly = true)
    public List<PlanHistoryEntry> history(Long id) {
        access.readable(access.load(id));
        return history.findByPlanIdOrderByOccurredAtAscIdAsc(id).stream().map(PlanHistory::view).toList();
    }

    /** What the caller may do with the plan now (for showing the buttons that will work). */
    @Transactional(readOnly = true)
    public PlanActions actions(Long id) {
        Plan plan = access.load(id);
        Actor actor = access.readable(plan);
        PlanStatus s = plan.getStatus();
        boolean write = access.mayWrite(actor, plan);
        Optional<ApprovalRules.Refusal> refusal = access.approvalRefusal(actor, plan);
        boolean approver = refusal.isEmpty();
        String blocked = refusal.filter(r -> r == ApprovalRules.Refusal.OWN_PLAN && s == PlanStatus.SUBMITTED)
                .map(ApprovalRules.Refusal::messageKey).orElse(null);
        LocalDate today = access.today();
        boolean closable = !today.isBefore(LifecycleRules.closableFrom(plan.getKind(), plan.period()));
        return new PlanActions(write && s.editable(), write && s.editable(), approver && s == PlanStatus.SUBMITTED,
                approver && s == PlanStatus.SUBMITTED, (write || approver) && s == PlanStatus.APPROVED,
                write && s.tracking() && closable, true, write, write && s.tracking(), blocked);
    }

    // ---------------------------------------------------------------- drafting

    public PlanView create(PlanForm form) {
        Actor actor = CurrentActor.require(Permissions.PLAN_WRITE);
        UnitView unit = units.find(form.getUnitId())
                .orElseThrow(() -> DomainException.invalid("unitId", "plan.error.unitUnknown", form.getUnitId()));
        if (!scope.canSee(actor, unit.id(), unit.path())) {
            throw new AccessDeniedProblem();
        }
        if (!unit.active()) {
            throw DomainException.invalid("unitId", "plan.error.unitInactive", unit.name());
        }
        checkPeriod(form);
        Instant now = Instant.now(access.clock());
        Plan plan = new Plan(unit.id(), actor.userId(), actor.username(), null, now);
        plan.apply(form, now);
        plans.save(plan);
        record(plan, PlanAction.CREATE, null, PlanStatus.DRAFT, null, actor, now);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, plan.getId(), plan.getTitle(), plan.snapshot()));
        return view(plan, unit.name(), 0);
    }

    /** Changes title, goals and period of a draft or returned plan; its unit stays. */
    public PlanView update(Long id, PlanForm form) {
        Plan plan = access.load(id);
        access.writable(plan);
        StaleEditException.check(form.getVersion(), plan.getVersion());
        access.requireEditable(plan);
        if (form.getUnitId() != null && !form.getUnitId().equals(plan.getUnitId())) {
            throw DomainException.invalid("unitId", "plan.error.unitFixed");
        }
        checkPeriod(form);
        Period period = form.getKind().period(form.getYear(), form.getQuarter(), form.getMonth());
        long outside = items.findByPlanIdOrderByPositionAscIdAsc(id).stream()
                .filter(i -> i.getDueDate() != null && !period.contains(i.getDueDate())).count();
        if (outside > 0) {
            throw DomainException.invalid("year", "plan.error.dueDatesOutside", outside);
        }
        Map<String, Object> before = plan.snapshot();
        Instant now = Instant.now(access.clock());
        if (plan.apply(form, now)) {
            plans.saveAndFlush(plan);
            events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, plan.getTitle(), before, plan.snapshot()));
        }
        return view(plan);
    }

    /** The form's own rules, also for callers that skip bean validation; the first problem goes beside its field. */
    private static void checkPeriod(PlanForm form) {
        if (form.getKind() == null) {
            throw DomainException.invalid("kind", "plan.error.planKindRequired");
        }
        if (form.getYear() == null || form.getYear() < 2000 || form.getYear() > 2100) {
            throw DomainException.invalid("year", "plan.error.yearRange");
        }
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            throw DomainException.invalid("title", "plan.error.titleRequired");
        }
        if (form.getTitle().length() > 200) {
            throw DomainException.invalid("title", "error.tooLong", 200);
        }
        if (form.getGoals() != null && form.getGoals().length() > 4000) {
            throw DomainException.invalid("goals", "error.tooLong", 4000);
        }
        if (form.getKind() == PlanKind.QUARTERLY && (form.getQuarter() == null || form.getQuarter() < 1 || form.getQuarter() > 4)) {
            throw DomainException.invalid("quarter", "plan.error.quarterRequired");
        }
        if (form.getKind() == PlanKind.MONTHLY && (form.getMonth() == null || form.getMonth() < 1 || form.getMonth() > 12)) {
            throw DomainException.invalid("month", "plan.error.monthRequired");
        }
    }

    // ---------------------------------------------------------------- lifecycle

    /** Sends a draft (or a returned plan) to the parent unit for approval. */
    public PlanView submit(Long id, Long version, String comment) {
        Plan plan = access.load(id);
        Actor actor = access.writable(plan);
        StaleEditException.check(version, plan.getVersion());
        if (plan.getStatus().editable() && items.countByPlanId(id) == 0) {
            throw DomainException.conflict("plan.error.noItems");
        }
        plan.submittedBy(actor.userId(), actor.username());
        return transition(plan, PlanAction.SUBMIT, comment, actor);
    }

    /** Approves a submitted plan; on or after the period's first day it is in progress at once. */
    public PlanView approve(Long id, Long version, String comment) {
        Plan plan = access.load(id);
        Actor actor = CurrentActor.get();
        requireApprover(actor, plan);
        StaleEditException.check(version, plan.getVersion());
        plan.approvedBy(actor.username(), Instant.now(access.clock()));
        return transition(plan, PlanAction.APPROVE, comment, actor);
    }

    /** Sends a submitted plan back to its authors; the comment says what to change. */
    public PlanView returnToAuthors(Long id, Long version, String comment) {
        Plan plan = access.load(id);
        Actor actor = CurrentActor.get();
        requireApprover(actor, plan);
        StaleEditException.check(version, plan.getVersion());
        if (comment == null || comment.isBlank()) {
            throw DomainException.invalid("comment", "plan.error.commentRequired");
        }
        return transition(plan, PlanAction.RETURN, comment, actor);
    }

    /** Starts an approved plan (by its unit or its approver). */
    public PlanView start(Long id, Long version, String comment) {
        Plan plan = access.load(id);
        Actor actor = CurrentActor.get();
        if (!access.mayWrite(actor, plan) && access.approvalRefusal(actor, plan).isPresent()) {
            throw new AccessDeniedProblem();
        }
        StaleEditException.check(version, plan.getVersion());
        return transition(plan, PlanAction.START, comment, actor);
    }

    /** Closes an approved or running plan, from the start of its last month on. */
    public PlanView close(Long id, Long version, String comment) {
        Plan plan = access.load(id);
        Actor actor = access.writable(plan);
        StaleEditException.check(version, plan.getVersion());
        LocalDate from = LifecycleRules.closableFrom(plan.getKind(), plan.period());
        if (plan.getStatus().tracking() && access.today().isBefore(from)) {
            throw DomainException.conflict("plan.error.tooEarlyToClose", from.toString());
        }
        return transition(plan, PlanAction.CLOSE, comment, actor);
    }

    /** Runs the named action: "submit", "approve", "return", "start" or "close". */
    public PlanView act(Long id, String action, Long version, String comment) {
        return switch (action == null ? "" : action) {
            case "submit" -> submit(id, version, comment);
            case "approve" -> approve(id, version, comment);
            case "return" -> returnToAuthors(id, version, comment);
            case "start" -> start(id, version, comment);
            case "close" -> close(id, version, comment);
            default -> throw DomainException.invalid("action", "plan.error.unknownAction", action);
        };
    }

    /** Adds a comment to the plan's history, at any stage, by anyone who may read the plan. */
    public PlanHistoryEntry comment(Long id, String text) {
        Plan plan = access.load(id);
        Actor actor = access.readable(plan);
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("text", "plan.error.commentEmpty");
        }
        String clean = checkedComment(text, "text");
        PlanHistory entry = record(plan, PlanAction.COMMENT, null, null, clean, actor, Instant.now(access.clock()));
        events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, id, plan.getTitle(), Map.of(),
                Map.of("comment", clean)));
        return entry.view();
    }

    // ---------------------------------------------------------------- copying

    /**
     * Next year's draft from this plan: same unit, kind, quarter or month, goals and items with
     * their targets (due dates a year later); deliverables not done, no attachments. The year in
     * the title moves on too ("2025年护理工作计划" → "2026年护理工作计划"). A plan is copied once.
     */
    public PlanView copyToNextYear(Long id) {
        Plan source = access.load(id);
        Actor actor = access.writable(source);
        Optional<Plan> earlier = plans.findFirstByCopiedFromId(id);
        if (earlier.isPresent()) {
            throw DomainException.conflict("plan.error.alreadyCopied", earlier.get().getTitle());
        }
        int year = source.getYear() + 1;
        if (year > 2100) {
            throw DomainException.invalid("year", "plan.error.yearRange");
        }
        UnitView unit = access.unit(source.getUnitId());
        if (!unit.active()) {
            throw DomainException.conflict("plan.error.unitInactive", unit.name());
        }
        PlanForm form = new PlanForm();
        form.setKind(source.getKind());
        form.setYear(year);
        form.setQuarter(source.getQuarter());
        form.setMonth(source.getMonth());
        form.setTitle(source.getTitle().replace(String.valueOf(source.getYear()), String.valueOf(year)));
        form.setGoals(source.getGoals());
        Instant now = Instant.now(access.clock());
        Plan copy = new Plan(source.getUnitId(), actor.userId(), actor.username(), source.getId(), now);
        copy.apply(form, now);
        plans.save(copy);
        int n = 0;
        for (PlanItem item : items.findByPlanIdOrderByPositionAscIdAsc(id)) {
            Set<Long> covered = new LinkedHashSet<>();
            for (Long unitId : item.getCoveredUnitIds()) {
                units.find(unitId).filter(UnitView::active).ifPresent(u -> covered.add(u.id()));
            }
            if (covered.isEmpty()) {
                covered.add(source.getUnitId());
            }
            PlanItem next = new PlanItem(copy.getId(), ++n, now);
            next.apply(new CheckedItem(item.getText(), item.getCategory(), item.getOwner(), nextYear(item.getDueDate()),
                    covered, item.getKind(), item.getIndicatorCode(), item.getComparator(), item.getTarget(),
                    item.getTargetUpper()), now);
            items.save(next);
        }
        record(copy, PlanAction.COPY, null, PlanStatus.DRAFT, source.getTitle(), actor, now);
        Map<String, Object> after = new java.util.LinkedHashMap<>(copy.snapshot());
        after.put("copiedFrom", source.getId());
        events.publishEvent(RecordChanged.created(RECORD_TYPE, copy.getId(), copy.getTitle(), after));
        return view(copy, unit.name(), n);
    }

    private static LocalDate nextYear(LocalDate date) {
        return date == null ? null : date.plusYears(1);
    }

    // ---------------------------------------------------------------- internals

    private void requireApprover(Actor actor, Plan plan) {
        Optional<ApprovalRules.Refusal> refusal = access.approvalRefusal(actor, plan);
        if (refusal.isEmpty()) {
            return;
        }
        switch (refusal.get()) {
            case NO_PERMISSION -> throw new AccessDeniedProblem();
            case OUTSIDE_PARENT_SCOPE -> {
                UnitView unit = access.unit(plan.getUnitId());
                Optional<UnitView> parent = access.parentOf(unit);
                throw parent.isPresent()
                        ? new DomainException(HttpStatus.FORBIDDEN, null, "plan.error.approverScope", parent.get().name())
                        : new DomainException(HttpStatus.FORBIDDEN, null, "plan.error.approverScopeRoot");
            }
            case OWN_PLAN -> throw new DomainException(HttpStatus.FORBIDDEN, null, "plan.error.approveOwn");
        }
    }

    private PlanView transition(Plan plan, PlanAction action, String comment, Actor actor) {
        String clean = comment == null || comment.isBlank() ? null : checkedComment(comment, "comment");
        PlanStatus from = plan.getStatus();
        PlanStatus to = LifecycleRules.next(from, action, plan.period(), access.today())
                .orElseThrow(() -> DomainException.conflict("plan.error.transition." + action));
        Instant now = Instant.now(access.clock());
        plan.moveTo(to, now);
        plans.saveAndFlush(plan);
        record(plan, action, from, to, clean, actor, now);
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("status", to);
        if (clean != null) {
            after.put("comment", clean);
        }
        events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, plan.getId(), plan.getTitle(),
                Map.of("status", from), after));
        return view(plan);
    }

    private static String checkedComment(String text, String field) {
        String clean = text.strip();
        if (clean.length() > MAX_COMMENT) {
            throw DomainException.invalid(field, "error.tooLong", MAX_COMMENT);
        }
        return clean;
    }

    private PlanHistory record(Plan plan, PlanAction action, PlanStatus from, PlanStatus to, String comment, Actor actor,
                               Instant at) {
        return history.save(new PlanHistory(plan.getId(), action, from, to, comment, actor.username(), at));
    }

    private String unitName(Long unitId) {
        return units.find(unitId).map(UnitView::name).orElse("#" + unitId);
    }

    private PlanView view(Plan plan) {
        return view(plan, unitName(plan.getUnitId()), (int) items.countByPlanId(plan.getId()));
    }

    static PlanView view(Plan p, String unitName, int itemCount) {
        Period period = p.period();
        return new PlanView(p.getId(), p.getUnitId(), unitName, p.getKind(), p.getYear(), p.getQuarter(), p.getMonth(),
                period.start(), period.end(), p.getTitle(), p.getGoals(), p.getStatus(), p.getCreatedBy(),
                p.getSubmittedBy(), p.getApprovedBy(), p.getApprovedAt(), p.getCopiedFromId(), itemCount,
                p.getCreatedAt(), p.getUpdatedAt(), p.getVersion());
    }

    /** The units whose plans the actor sees: their scope, plus (for approvers anchored at one unit) its children. */
    private Specification<Plan> spec(Actor actor, PlanFilter f) {
        Collection<Long> scoped = scopedUnitIds(actor);
        Collection<Long> filtered = f.unitId() == null ? null : units.subtreeIds(f.unitId());
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (scoped != null) {
                where.add(scoped.isEmpty() ? cb.disjunction() : root.get("unitId").in(scoped));
            }
            if (filtered != null) {
                where.add(filtered.isEmpty() ? cb.disjunction() : root.get("unitId").in(filtered));
            }
            if (f.year() != null) {
                where.add(cb.equal(root.get("year"), f.year()));
            }
            if (f.kind() != null) {
                where.add(cb.equal(root.get("kind"), f.kind()));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Null for "every unit". */
    private Collection<Long> scopedUnitIds(Actor actor) {
        Optional<ScopeGuard.Restriction> restriction = scope.restrictionFor(actor);
        if (restriction.isEmpty()) {
            return null;
        }
        ScopeGuard.Restriction r = restriction.get();
        if (r.anchorUnitId() == null || r.anchorUnitId() < 0) {
            return List.of();
        }
        if (r.scope() == DataScope.SUBTREE) {
            return units.subtreeIds(r.anchorUnitId());
        }
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(r.anchorUnitId());
        if (actor.can(Permissions.PLAN_APPROVE)) {
            for (Long id : units.subtreeIds(r.anchorUnitId())) {
                units.find(id).filter(u -> r.anchorUnitId().equals(u.parentId())).ifPresent(u -> ids.add(u.id()));
            }
        }
        return ids;
    }
}
