package org.yuanwu.plan;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ScopeGuard;
import org.yuanwu.organization.UnitView;
import org.yuanwu.plan.internal.DutyRules;
import org.yuanwu.plan.internal.HealthDays;
import org.yuanwu.plan.internal.Plan;
import org.yuanwu.plan.internal.PlanDuty;
import org.yuanwu.plan.internal.PlanDutyRepository;
import org.yuanwu.plan.internal.PlanDutyRule;
import org.yuanwu.plan.internal.PlanDutyRuleRepository;
import org.yuanwu.plan.internal.PlanItem;
import org.yuanwu.plan.internal.PlanItemRepository;

/**
 * Recurring duties of plan items: a rule (monthly, quarterly, half-yearly, yearly, weekly, on each
 * health day) and a responsible unit within the plan unit's subtree; its occurrences in the plan's
 * period are generated when the rule is saved, and ticked off with an evidence note by the unit.
 */
@Service
@Transactional
public class DutyService {

    public static final String RULE_RECORD_TYPE = "plan_duty_rule";
    public static final String RECORD_TYPE = "plan_duty";
    public static final int UPCOMING_DAYS = 30;
    static final Set<PlanStatus> TRACKING = EnumSet.of(PlanStatus.APPROVED, PlanStatus.IN_PROGRESS);

    private final PlanDutyRuleRepository rules;
    private final PlanDutyRepository duties;
    private final PlanItemRepository items;
    private final PlanAccess access;
    private final OrgUnitService units;
    private final ScopeGuard scope;
    private final ApplicationEventPublisher events;

    DutyService(PlanDutyRuleRepository rules, PlanDutyRepository duties, PlanItemRepository items, PlanAccess access,
                OrgUnitService units, ScopeGuard scope, ApplicationEventPublisher events) {
        this.rules = rules;
        this.duties = duties;
        this.items = items;
        this.access = access;
        this.units = units;
        this.scope = scope;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<DutyRuleView> rules(Long planId, Long itemId) {
        access.readable(access.load(planId));
        loadItem(planId, itemId);
        return rules.findByItemIdOrderByIdAsc(itemId).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public List<DutyView> occurrences(Long planId, Long itemId) {
        access.readable(access.load(planId));
        loadItem(planId, itemId);
        return views(duties.findByItemIdOrderByDueDateAscIdAsc(itemId));
    }

    /** Adds a rule to an item and generates its occurrences for the plan's period. */
    public DutyRuleView addRule(Long planId, Long itemId, DutyRuleForm form) {
        Plan plan = access.load(planId);
        Actor actor = access.writable(plan);
        PlanItem item = loadItem(planId, itemId);
        requireOpen(plan);
        Checked checked = check(plan, form);
        Instant now = Instant.now(access.clock());
        PlanDutyRule rule = new PlanDutyRule(planId, item.getId(), actor.username(), now);
        checked.applyTo(rule, now);
        rules.saveAndFlush(rule);
        generate(plan, rule);
        events.publishEvent(RecordChanged.created(RULE_RECORD_TYPE, rule.getId(), summary(plan, rule), rule.snapshot()));
        return view(rule);
    }

    /** Changes a rule: occurrences not yet done are regenerated; done ones are kept. */
    public DutyRuleView updateRule(Long planId, Long itemId, Long ruleId, DutyRuleForm form) {
        Plan plan = access.load(planId);
        access.writable(plan);
        loadItem(planId, itemId);
        PlanDutyRule rule = loadRule(itemId, ruleId);
        StaleEditException.check(form.version(), rule.getVersion());
        requireOpen(plan);
        if (rule.isWithdrawn()) {
            throw DomainException.conflict("plan.error.dutyRuleWithdrawn");
        }
        Checked checked = check(plan, form);
        Map<String, Object> before = rule.snapshot();
        checked.applyTo(rule, Instant.now(access.clock()));
        rules.saveAndFlush(rule);
        generate(plan, rule);
        events.publishEvent(RecordChanged.updated(RULE_RECORD_TYPE, ruleId, summary(plan, rule), before, rule.snapshot()));
        return view(rule);
    }

    /**
     * Withdraws a rule set up by mistake or no longer wanted: its open occurrences are removed, the
     * ones already done stay on record (they count in the summary). Undone by {@link #reinstateRule}.
     */
    public DutyRuleView withdrawRule(Long planId, Long itemId, Long ruleId, Long version, String reason) {
        Plan plan = access.load(planId);
        Actor actor = access.writable(plan);
        loadItem(planId, itemId);
        PlanDutyRule rule = loadRule(itemId, ruleId);
        StaleEditException.check(version, rule.getVersion());
        requireOpen(plan);
        if (rule.isWithdrawn()) {
            throw DomainException.conflict("plan.error.dutyRuleWithdrawn");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw DomainException.invalid("reason", "plan.error.dutyWithdrawReasonRequired");
        }
        if (why.length() > 500) {
            throw DomainException.invalid("reason", "error.tooLong", 500);
        }
        Map<String, Object> before = rule.snapshot();
        rule.withdraw(actor.username(), why, Instant.now(access.clock()));
        rules.saveAndFlush(rule);
        duties.deleteAll(duties.findByRuleIdOrderByDueDateAsc(ruleId).stream().filter(d -> !d.isDone()).toList());
        duties.flush();
        events.publishEvent(RecordChanged.updated(RULE_RECORD_TYPE, ruleId, summary(plan, rule), before, rule.snapshot()));
        return view(rule);
    }

    /** Puts a withdrawn rule back and generates its open occurrences again. */
    public DutyRuleView reinstateRule(Long planId, Long itemId, Long ruleId, Long version) {
        Plan plan = access.load(planId);
        access.writable(plan);
        loadItem(planId, itemId);
        PlanDutyRule rule = loadRule(itemId, ruleId);
        StaleEditException.check(version, rule.getVersion());
        requireOpen(plan);
        if (!rule.isWithdrawn()) {
            throw DomainException.conflict("plan.error.dutyRuleNotWithdrawn");
        }
        Map<String, Object> before = rule.snapshot();
        rule.reinstate(Instant.now(access.clock()));
        rules.saveAndFlush(rule);
        generate(plan, rule);
        events.publishEvent(RecordChanged.updated(RULE_RECORD_TYPE, ruleId, summary(plan, rule), before, rule.snapshot()));
        return view(rule);
    }

    /**
     * Brings a rule's occurrences in line with it for the plan's period: missing dates are added, dates
     * no longer due (and not done) are removed. Running it twice changes nothing.
     */
    void generate(Plan plan, PlanDutyRule rule) {
        List<DutyRules.Occurrence> wanted = DutyRules.occurrences(rule.getFrequency(), rule.getDayOfMonth(),
                        DutyRules.parseMonthDay(rule.getMonthDay()), rule.getWeekday(), plan.getYear(), HealthDays.all())
                .stream().filter(o -> plan.period().contains(o.date())).toList();
        Map<LocalDate, PlanDuty> existing = new HashMap<>();
        for (PlanDuty d : duties.findByRuleIdOrderByDueDateAsc(rule.getId())) {
            existing.put(d.getDueDate(), d);
        }
        Set<LocalDate> keep = new HashSet<>();
        List<PlanDuty> save = new ArrayList<>();
        for (DutyRules.Occurrence o : wanted) {
            keep.add(o.date());
            PlanDuty d = existing.get(o.date());
            if (d == null) {
                save.add(new PlanDuty(rule, o.date(), o.label()));
            } else if (!d.isDone()) {
                d.reassign(rule.getResponsibleUnitId(), o.label());
                save.add(d);
            }
        }
        List<PlanDuty> remove = existing.values().stream().filter(d -> !keep.contains(d.getDueDate()) && !d.isDone()).toList();
        duties.deleteAll(remove);
        duties.saveAll(save);
        duties.flush();
    }

    /** Ticks an occurrence off (with an optional evidence note), or back to not done. */
    public DutyView markDone(Long dutyId, boolean done, String evidence, Long version) {
        Actor actor = CurrentActor.require(Permissions.PLAN_WRITE);
        PlanDuty duty = duties.findById(dutyId)
                .orElseThrow(() -> DomainException.notFound("plan.error.dutyNotFound", dutyId));
        UnitView unit = access.unit(duty.getResponsibleUnitId());
        if (!scope.canSee(actor, unit.id(), unit.path())) {
            throw new AccessDeniedProblem();
        }
        StaleEditException.check(version, duty.getVersion());
        Plan plan = access.load(duty.getPlanId());
        if (!plan.getStatus().tracking()) {
            throw DomainException.conflict("plan.error.notTracking");
        }
        String note = evidence == null || evidence.isBlank() ? null : evidence.strip();
        if (note != null && note.length() > 2000) {
            throw DomainException.invalid("evidence", "error.tooLong", 2000);
        }
        if (duty.isDone() != done || (done && !java.util.Objects.equals(note, duty.getEvidence()))) {
            Map<String, Object> before = duty.snapshot();
            duty.markDone(done, actor.username(), Instant.now(access.clock()), note);
            duties.saveAndFlush(duty);
            PlanDutyRule rule = rules.findById(duty.getRuleId()).orElseThrow();
            events.publishEvent(RecordChanged.updated(RECORD_TYPE, dutyId, summary(plan, rule) + " / " + duty.getDueDate(),
                    before, duty.snapshot()));
        }
        return views(List.of(duty)).get(0);
    }

    /** Not done, of units in the caller's data scope, overdue or due within the next 30 days; overdue first. */
    @Transactional(readOnly = true)
    public List<DutyView> mine() {
        Actor actor = CurrentActor.require(Permissions.PLAN_READ);
        return open(actor, access.today().plusDays(UPCOMING_DAYS));
    }

    /** Past due and not done, of units in the caller's data scope. */
    @Transactional(readOnly = true)
    public List<DutyView> overdue() {
        Actor actor = CurrentActor.require(Permissions.PLAN_READ);
        return open(actor, access.today().minusDays(1));
    }

    /** How many of the caller's duties are overdue or due soon (the header badge); 0 without PLAN_READ. */
    @Transactional(readOnly = true)
    public long mineCount() {
        Actor actor = CurrentActor.get();
        if (actor == null || !actor.can(Permissions.PLAN_READ)) {
            return 0;
        }
        Collection<Long> scoped = scopedUnitIds(actor);
        if (scoped != null && scoped.isEmpty()) {
            return 0;
        }
        return duties.countOpenUntil(access.today().plusDays(UPCOMING_DAYS), TRACKING, scoped == null,
                scoped == null ? List.of(-1L) : scoped);
    }

    private List<DutyView> open(Actor actor, LocalDate until) {
        Collection<Long> scoped = scopedUnitIds(actor);
        if (scoped != null && scoped.isEmpty()) {
            return List.of();
        }
        return views(duties.openUntil(until, TRACKING, scoped == null, scoped == null ? List.of(-1L) : scoped));
    }

    /** Null for "every unit". */
    private Collection<Long> scopedUnitIds(Actor actor) {
        return scope.visibleUnitIds(actor);
    }

    // ---------------------------------------------------------------- checks

    private record Checked(String title, DutyFrequency frequency, Integer dayOfMonth, String monthDay, DayOfWeek weekday,
                           Long unitId) {
        void applyTo(PlanDutyRule rule, Instant now) {
            rule.apply(title, frequency, dayOfMonth, monthDay, weekday, unitId, now);
        }
    }

    private Checked check(Plan plan, DutyRuleForm f) {
        if (f.title() == null || f.title().isBlank()) {
            throw DomainException.invalid("title", "plan.error.dutyTitleRequired");
        }
        if (f.title().strip().length() > 200) {
            throw DomainException.invalid("title", "error.tooLong", 200);
        }
        if (f.frequency() == null) {
            throw DomainException.invalid("frequency", "plan.error.dutyFrequencyRequired");
        }
        Integer day = null;
        String monthDay = null;
        DayOfWeek weekday = null;
        switch (f.frequency()) {
            case MONTHLY, QUARTERLY, HALF_YEARLY -> {
                if (f.dayOfMonth() == null || f.dayOfMonth() < 1 || f.dayOfMonth() > 31) {
                    throw DomainException.invalid("dayOfMonth", "plan.error.dutyDayOfMonth");
                }
                day = f.dayOfMonth();
            }
            case YEARLY -> {
                MonthDay md = DutyRules.parseMonthDay(f.monthDay());
                if (md == null) {
                    throw DomainException.invalid("monthDay", "plan.error.dutyMonthDay", String.valueOf(f.monthDay()));
                }
                monthDay = DutyRules.format(md);
            }
            case WEEKLY -> {
                if (f.weekday() == null) {
                    throw DomainException.invalid("weekday", "plan.error.dutyWeekday");
                }
                weekday = f.weekday();
            }
            case HEALTH_DAY -> {
            }
        }
        Long unitId = f.responsibleUnitId() == null ? plan.getUnitId() : f.responsibleUnitId();
        UnitView planUnit = access.unit(plan.getUnitId());
        UnitView unit = units.find(unitId)
                .orElseThrow(() -> DomainException.invalid("responsibleUnitId", "plan.error.unitUnknown", unitId));
        if (!unit.path().startsWith(planUnit.path())) {
            throw DomainException.invalid("responsibleUnitId", "plan.error.unitOutsidePlan", unit.name(), planUnit.name());
        }
        if (!unit.active()) {
            throw DomainException.invalid("responsibleUnitId", "plan.error.unitInactive", unit.name());
        }
        return new Checked(f.title().strip(), f.frequency(), day, monthDay, weekday, unit.id());
    }

    private void requireOpen(Plan plan) {
        if (plan.getStatus() == PlanStatus.CLOSED) {
            throw DomainException.conflict("plan.error.dutyPlanClosed");
        }
    }

    private PlanItem loadItem(Long planId, Long itemId) {
        return items.findById(itemId).filter(i -> i.getPlanId().equals(planId))
                .orElseThrow(() -> DomainException.notFound("plan.error.itemNotFound", itemId));
    }

    private PlanDutyRule loadRule(Long itemId, Long ruleId) {
        return rules.findById(ruleId).filter(r -> r.getItemId().equals(itemId))
                .orElseThrow(() -> DomainException.notFound("plan.error.dutyRuleNotFound", ruleId));
    }

    private static String summary(Plan plan, PlanDutyRule rule) {
        return plan.getTitle() + " / " + rule.getTitle();
    }

    private DutyRuleView view(PlanDutyRule r) {
        String unitName = units.find(r.getResponsibleUnitId()).map(UnitView::name).orElse(null);
        return new DutyRuleView(r.getId(), r.getPlanId(), r.getItemId(), r.getTitle(), r.getFrequency(), r.getDayOfMonth(),
                r.getMonthDay(), r.getWeekday(), r.getResponsibleUnitId(), unitName, duties.countByRuleId(r.getId()),
                duties.countByRuleIdAndDoneTrue(r.getId()), r.getWithdrawnAt(), r.getWithdrawnBy(), r.getWithdrawnReason(),
                r.getVersion());
    }

    private List<DutyView> views(List<PlanDuty> list) {
        LocalDate today = access.today();
        Map<Long, String> unitNames = new HashMap<>();
        Map<Long, String> titles = new HashMap<>();
        Set<Long> ruleIds = new LinkedHashSet<>();
        list.forEach(d -> ruleIds.add(d.getRuleId()));
        rules.findAllById(ruleIds).forEach(r -> titles.put(r.getId(), r.getTitle()));
        List<DutyView> out = new ArrayList<>(list.size());
        for (PlanDuty d : list) {
            String unitName = unitNames.computeIfAbsent(d.getResponsibleUnitId(),
                    id -> units.find(id).map(UnitView::name).orElse(String.valueOf(id)));
            out.add(new DutyView(d.getId(), d.getRuleId(), d.getPlanId(), d.getItemId(), titles.get(d.getRuleId()),
                    d.getLabel(), d.getResponsibleUnitId(), unitName, d.getDueDate(), d.isDone(), d.getDoneBy(),
                    d.getDoneAt(), d.getEvidence(), !d.isDone() && d.getDueDate().isBefore(today), d.getVersion()));
        }
        return out;
    }
}
