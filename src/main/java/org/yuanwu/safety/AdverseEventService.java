package org.yuanwu.safety;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.HospitalTime;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.indicator.Fact;
import org.yuanwu.indicator.FactsRecorded;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ScopeGuard;
import org.yuanwu.organization.UnitView;
import org.yuanwu.quality.ExternalFindingClosed;
import org.yuanwu.quality.ExternalFindingRequest;
import org.yuanwu.quality.FindingView;
import org.yuanwu.quality.QualityFindings;
import org.yuanwu.safety.internal.AdverseEvent;
import org.yuanwu.safety.internal.AdverseEventRepository;
import org.yuanwu.safety.internal.EventAction;
import org.yuanwu.safety.internal.EventActionRepository;
import org.yuanwu.safety.internal.EventRules;

/**
 * Adverse events. Any member of staff reports (ADVERSE_EVENT_REPORT), named or anonymously — an anonymous report
 * stores no reporter anywhere, not even in the audit trail. The quality office (SAFETY_MANAGE) triages (accept,
 * reclassify, or not an event), analyses the root causes (timeline, fishbone, five whys), decides corrective
 * actions that open quality findings (the rectification loop) and closes the event; levels I–II need an analysis
 * first. A counted event of the same type in the same unit within {@code yuanwu.safety.event-repeat-window-days}
 * (90 by default) is a repeat: the unit head (SAFETY_WRITE) must answer for it before it is closed. A reporter sees
 * her own named reports; SAFETY_READ sees the events of the units in her scope. Facts: safety.adverse_events and
 * safety.nursing_events for every accepted event, by unit and event date.
 */
@Service
@Transactional
public class AdverseEventService {

    public static final String RECORD_TYPE = "safety_event";
    public static final String SOURCE_TYPE = "safety.event";
    public static final int EXPORT_LIMIT = 50_000;
    static final Sort ORDER = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final AdverseEventRepository events;
    private final EventActionRepository actions;
    private final QualityFindings findings;
    private final ComplaintService complaints;
    private final OrgUnitService units;
    private final ScopeGuard scope;
    private final ApplicationEventPublisher publisher;
    private final MessageSource messages;
    private final Clock clock;
    private final int repeatWindowDays;

    AdverseEventService(AdverseEventRepository events, EventActionRepository actions, QualityFindings findings,
                        ComplaintService complaints, OrgUnitService units, ScopeGuard scope,
                        ApplicationEventPublisher publisher, MessageSource messages, Optional<Clock> clock,
                        @Value("${yuanwu.safety.event-repeat-window-days:90}") int repeatWindowDays) {
        this.events = events;
        this.actions = actions;
        this.findings = findings;
        this.complaints = complaints;
        this.units = units;
        this.scope = scope;
        this.publisher = publisher;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
        this.repeatWindowDays = repeatWindowDays;
    }

    public int repeatWindowDays() {
        return repeatWindowDays;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(HospitalTime.ZONE));
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public Page<EventView> search(EventFilter filter, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.ADVERSE_EVENT_REPORT);
        Map<Long, String> names = new HashMap<>();
        return events.findAll(spec(actor, filter == null ? EventFilter.none() : filter), pageable)
                .map(e -> view(e, names, false));
    }

    @Transactional(readOnly = true)
    public EventView get(Long id) {
        AdverseEvent e = load(id);
        readable(e);
        return view(e, new HashMap<>(), true);
    }

    /** Whether the caller is of the quality office for this event's unit (to show the forms that will work). */
    @Transactional(readOnly = true)
    public boolean mayManage(Long id) {
        Actor actor = CurrentActor.get();
        return actor.can(Permissions.SAFETY_MANAGE) && scope.canSee(actor, load(id).getUnitId());
    }

    /** Whether the caller may answer for a repeat in this event's unit. */
    @Transactional(readOnly = true)
    public boolean mayAnswerRepeat(Long id) {
        Actor actor = CurrentActor.get();
        return actor.can(Permissions.SAFETY_WRITE) && scope.canSee(actor, load(id).getUnitId());
    }

    @Transactional(readOnly = true)
    public byte[] export(EventFilter filter, Locale locale) {
        Actor actor = CurrentActor.require(Permissions.ADVERSE_EVENT_REPORT);
        List<AdverseEvent> found = events.findAll(spec(actor, filter == null ? EventFilter.none() : filter),
                PageRequest.of(0, EXPORT_LIMIT, ORDER)).getContent();
        Map<Long, String> names = new HashMap<>();
        List<List<?>> rows = new ArrayList<>();
        for (AdverseEvent e : found) {
            EventView v = view(e, names, false);
            rows.add(Arrays.asList(v.id(), v.occurredAt().atZone(HospitalTime.ZONE).toLocalDateTime().toString().replace('T', ' '),
                    v.unitName(), v.place(), text("event.type." + v.type(), locale),
                    text("event.level." + v.level(), locale), yesNo(v.nursing(), locale),
                    yesNo(v.patientInvolved(), locale), v.description(), v.involvedStaff(), v.immediateActions(),
                    v.anonymous() ? text("event.anonymous", locale) : v.reporter(),
                    text("event.status." + v.status(), locale), yesNo(v.repeat(), locale),
                    yesNo(v.hasRootCauseAnalysis(), locale), v.closedOn()));
        }
        List<String> headers = new ArrayList<>();
        for (String k : List.of("id", "occurredAt", "unit", "place", "type", "level", "nursing", "patientInvolved",
                "description", "involvedStaff", "immediateActions", "reporter", "status", "repeat", "rca", "closedOn")) {
            headers.add(text("event.field." + k, locale));
        }
        return ExcelSheet.write(text("event.export.sheet", locale), headers, rows);
    }

    /** The month's hazard review: events (not the ones triaged away) and complaints of units in the caller's scope. */
    @Transactional(readOnly = true)
    public HazardReview review(String month) {
        Actor actor = CurrentActor.require(Permissions.SAFETY_READ);
        YearMonth ym = month(month);
        EventFilter filter = new EventFilter(null, ym.toString(), null, null, null, null);
        Map<Long, String> names = new HashMap<>();
        List<EventView> list = events.findAll(spec(actor, filter), Sort.by("occurredAt", "id")).stream()
                .filter(e -> e.getStatus() != EventStatus.NOT_EVENT)
                .map(e -> view(e, names, false)).toList();
        Map<EventLevel, Long> byLevel = new EnumMap<>(EventLevel.class);
        Map<EventType, Long> byType = new EnumMap<>(EventType.class);
        for (EventView v : list) {
            byLevel.merge(v.level(), 1L, Long::sum);
            byType.merge(v.type(), 1L, Long::sum);
        }
        List<ComplaintView> monthComplaints = complaints.search(new ComplaintFilter(null, null, null, null, null, null,
                ym.atDay(1), ym.atEndOfMonth()), PageRequest.of(0, 500, Sort.by("receivedOn", "id"))).getContent();
        return new HazardReview(ym.toString(), list, monthComplaints, byLevel, byType,
                list.stream().filter(EventView::repeat).count(),
                list.stream().filter(v -> v.level() == EventLevel.IV).count());
    }

    // ---------------------------------------------------------------- reporting

    public EventView report(EventForm form) {
        Actor actor = CurrentActor.require(Permissions.ADVERSE_EVENT_REPORT);
        Instant now = Instant.now(clock);
        if (form.getOccurredAt() == null) {
            throw DomainException.invalid("occurredAt", "event.error.occurredRequired");
        }
        Instant occurredAt = form.getOccurredAt().atZone(HospitalTime.ZONE).toInstant();
        if (EventRules.inFuture(occurredAt, now)) {
            throw DomainException.invalid("occurredAt", "event.error.occurredFuture");
        }
        if (form.getOccurredAt().toLocalDate().isBefore(today().minusYears(5))) {
            throw DomainException.invalid("occurredAt", "event.error.occurredTooOld");
        }
        if (form.getUnitId() == null) {
            throw DomainException.invalid("unitId", "event.error.unitRequired");
        }
        UnitView unit = units.find(form.getUnitId()).filter(UnitView::active)
                .orElseThrow(() -> DomainException.invalid("unitId", "event.error.unitUnknown", String.valueOf(form.getUnitId())));
        if (form.getType() == null) {
            throw DomainException.invalid("type", "event.error.typeRequired");
        }
        if (form.getLevel() == null) {
            throw DomainException.invalid("level", "event.error.levelRequired");
        }
        String description = required(form.getDescription(), "description", "event.error.descriptionRequired", 4000);
        String place = optional(form.getPlace(), "place", 200);
        String patientRef = optional(form.getPatientRef(), "patientRef", 100);
        String involved = optional(form.getInvolvedStaff(), "involvedStaff", 500);
        String immediate = optional(form.getImmediateActions(), "immediateActions", 2000);
        boolean anonymous = form.isAnonymous();
        AdverseEvent e = new AdverseEvent(occurredAt, form.getOccurredAt().toLocalDate(), unit.id(), place,
                form.isPatientInvolved(), form.isPatientInvolved() ? patientRef : null, form.getType(),
                form.getLevel(), form.isNursing(), description, involved, immediate,
                anonymous ? null : actor.userId(), anonymous ? null : actor.username(), now);
        events.saveAndFlush(e);
        RecordChanged created = RecordChanged.created(RECORD_TYPE, e.getId(), summary(e), e.snapshot());
        if (anonymous) {
            asSystem(() -> publisher.publishEvent(created));
        } else {
            publisher.publishEvent(created);
        }
        return view(e, new HashMap<>(), true);
    }

    // ---------------------------------------------------------------- the quality office

    public EventView triage(Long id, EventSteps.Triage body) {
        AdverseEvent e = load(id);
        Actor actor = managing(e);
        StaleEditException.check(body.version(), e.getVersion());
        if (e.getStatus() != EventStatus.REPORTED) {
            throw DomainException.conflict("event.error.alreadyTriaged");
        }
        if (body.decision() == null) {
            throw DomainException.invalid("decision", "event.error.decisionRequired");
        }
        String note = optional(body.note(), "note", 1000);
        EventType type = e.getType();
        EventLevel level = e.getLevel();
        EventStatus status = EventStatus.ACCEPTED;
        switch (body.decision()) {
            case RECLASSIFY -> {
                if (body.type() == null) {
                    throw DomainException.invalid("type", "event.error.typeRequired");
                }
                if (body.level() == null) {
                    throw DomainException.invalid("level", "event.error.levelRequired");
                }
                type = body.type();
                level = body.level();
            }
            case NOT_EVENT -> {
                if (note == null) {
                    throw DomainException.invalid("note", "event.error.notEventReason");
                }
                status = EventStatus.NOT_EVENT;
            }
            case ACCEPT -> { }
        }
        Map<String, Object> before = e.snapshot();
        e.triage(status, type, level, note, actor.username(), Instant.now(clock));
        if (status == EventStatus.ACCEPTED) {
            e.flagRepeat(earlierOfType(e));
        }
        return saved(e, before, AuditAction.UPDATE);
    }

    public EventView analyse(Long id, EventSteps.RootCauseAnalysis body) {
        AdverseEvent e = load(id);
        Actor actor = managing(e);
        StaleEditException.check(body.version(), e.getVersion());
        requireAccepted(e);
        List<AdverseEvent.TimelineRow> timeline = new ArrayList<>();
        for (EventSteps.TimelineEntry t : body.timeline() == null ? List.<EventSteps.TimelineEntry>of() : body.timeline()) {
            if (t == null || blank(t.entry())) {
                continue;
            }
            String at = blank(t.at()) ? "—" : t.at().strip();
            if (at.length() > 40) {
                throw DomainException.invalid("timeline", "error.tooLong", 40);
            }
            timeline.add(new AdverseEvent.TimelineRow(at, limited(t.entry(), "timeline", 500)));
        }
        List<AdverseEvent.CauseRow> causes = new ArrayList<>();
        for (EventSteps.Cause c : body.causes() == null ? List.<EventSteps.Cause>of() : body.causes()) {
            if (c == null || blank(c.cause())) {
                continue;
            }
            if (c.category() == null) {
                throw DomainException.invalid("causes", "event.error.causeCategoryRequired");
            }
            causes.add(new AdverseEvent.CauseRow(c.category(), limited(c.cause(), "causes", 500)));
        }
        List<String> whys = new ArrayList<>();
        for (String w : body.whys() == null ? List.<String>of() : body.whys()) {
            if (!blank(w)) {
                whys.add(limited(w, "whys", 500));
            }
        }
        if (timeline.isEmpty()) {
            throw DomainException.invalid("timeline", "event.error.timelineRequired");
        }
        if (causes.isEmpty()) {
            throw DomainException.invalid("causes", "event.error.causesRequired");
        }
        if (whys.isEmpty()) {
            throw DomainException.invalid("whys", "event.error.whysRequired");
        }
        if (timeline.size() > 30 || causes.size() > 30 || whys.size() > 7) {
            throw DomainException.invalid("causes", "event.error.rcaTooLong");
        }
        String summary = required(body.summary(), "summary", "event.error.rootCauseRequired", 2000);
        Map<String, Object> before = e.snapshot();
        e.analyse(timeline, causes, whys, summary, actor.username(), Instant.now(clock));
        return saved(e, before, AuditAction.UPDATE);
    }

    /** Decides a corrective action: it opens a quality finding for the unit, verified by the caller's office. */
    public EventView addAction(Long id, EventSteps.CorrectiveAction body) {
        AdverseEvent e = load(id);
        Actor actor = managing(e);
        requireAccepted(e);
        String description = required(body.description(), "description", "event.error.actionDescriptionRequired", 1500);
        if (body.deadline() == null) {
            throw DomainException.invalid("deadline", "event.error.actionDeadlineRequired");
        }
        Long unitId = body.unitId() == null ? e.getUnitId() : body.unitId();
        UnitView unit = units.find(unitId)
                .orElseThrow(() -> DomainException.invalid("unitId", "event.error.unitUnknown", String.valueOf(unitId)));
        if (!scope.canSee(actor, unit.id(), unit.path())) {
            throw new AccessDeniedProblem();
        }
        FindingView finding = findings.openFromSource(new ExternalFindingRequest(SOURCE_TYPE, String.valueOf(e.getId()),
                unit.id(), "EVENT_" + e.getType().name(), description, body.responsibleStaffId(), body.deadline(),
                body.action(), verifierUnit(actor, unit)));
        EventAction action = actions.saveAndFlush(new EventAction(e.getId(), finding.id(), unit.id(), description,
                body.deadline(), actor.username(), Instant.now(clock)));
        publisher.publishEvent(RecordChanged.updated(RECORD_TYPE, e.getId(), summary(e), Map.of(),
                Map.of("correctiveAction", description, "findingId", finding.id(), "actionId", action.getId())));
        return view(e, new HashMap<>(), true);
    }

    /** The unit head answers for a repeated event (who is accountable, what changes so it does not return). */
    public EventView accountability(Long id, EventSteps.Accountability body) {
        AdverseEvent e = load(id);
        Actor actor = CurrentActor.require(Permissions.SAFETY_WRITE);
        if (!scope.canSee(actor, e.getUnitId())) {
            throw new AccessDeniedProblem();
        }
        StaleEditException.check(body.version(), e.getVersion());
        if (!e.isRepeat()) {
            throw DomainException.conflict("event.error.notRepeat");
        }
        if (e.getStatus() != EventStatus.ACCEPTED) {
            throw DomainException.conflict("event.error.finished");
        }
        String text = required(body.text(), "text", "event.error.accountabilityRequired", 2000);
        Map<String, Object> before = e.snapshot();
        e.accountable(text, actor.username(), Instant.now(clock));
        return saved(e, before, AuditAction.UPDATE);
    }

    public EventView close(Long id, EventSteps.Closing body) {
        AdverseEvent e = load(id);
        managing(e);
        StaleEditException.check(body.version(), e.getVersion());
        String blocker = EventRules.closingBlocker(e.getStatus(), e.getLevel(), e.getRcaAt() != null, e.isRepeat(),
                e.getAccountability());
        if (blocker != null) {
            throw DomainException.conflict(blocker);
        }
        String note = optional(body.note(), "note", 1000);
        Map<String, Object> before = e.snapshot();
        e.close(note, today(), Instant.now(clock));
        return saved(e, before, AuditAction.UPDATE);
    }

    /** A corrective action's finding was accepted in the rectification loop: the action is done. */
    @EventListener
    void findingClosed(ExternalFindingClosed closed) {
        if (!SOURCE_TYPE.equals(closed.sourceType())) {
            return;
        }
        actions.findByFindingId(closed.findingId()).ifPresent(a -> {
            a.markClosed();
            actions.saveAndFlush(a);
            publisher.publishEvent(RecordChanged.updated(RECORD_TYPE, a.getEventId(), a.getDescription(),
                    Map.of("actionId", a.getId(), "closed", false), Map.of("actionId", a.getId(), "closed", true)));
        });
    }

    // ---------------------------------------------------------------- internals

    private EventView saved(AdverseEvent e, Map<String, Object> before, AuditAction action) {
        events.saveAndFlush(e);
        publisher.publishEvent(RecordChanged.of(action, RECORD_TYPE, e.getId(), summary(e), before, e.snapshot()));
        publishFacts(e);
        return view(e, new HashMap<>(), true);
    }

    private void publishFacts(AdverseEvent e) {
        if (!EventRules.counted(e.getStatus())) {
            publisher.publishEvent(FactsRecorded.withdrawn(SOURCE_TYPE, String.valueOf(e.getId())));
            return;
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("safety.adverse_events", e.getUnitId(), e.getOccurredOn(), 1));
        if (e.isNursing()) {
            facts.add(Fact.of("safety.nursing_events", e.getUnitId(), e.getOccurredOn(), 1));
        }
        publisher.publishEvent(new FactsRecorded(SOURCE_TYPE, String.valueOf(e.getId()), facts));
    }

    private Long earlierOfType(AdverseEvent e) {
        LocalDate on = e.getOccurredOn();
        return events.earlierOfType(e.getUnitId(), e.getType(), e.getId(), on.minusDays(repeatWindowDays), on).stream()
                .filter(x -> EventRules.repeats(x.getOccurredOn(), on, repeatWindowDays))
                .findFirst().map(AdverseEvent::getId).orElse(null);
    }

    /** The office that verifies the finding: the caller's scope unit, or the top of the unit's tree for "all". */
    private static Long verifierUnit(Actor actor, UnitView unit) {
        if (actor.scopeUnitId() != null) {
            return actor.scopeUnitId();
        }
        String[] ids = unit.path().split("/");
        for (String s : ids) {
            if (!s.isBlank()) {
                return Long.valueOf(s);
            }
        }
        return unit.id();
    }

    /** Publishes with no signed-in user, so the audit trail does not name an anonymous reporter. */
    private static void asSystem(Runnable publish) {
        SecurityContext saved = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            publish.run();
        } finally {
            SecurityContextHolder.setContext(saved);
        }
    }

    private void requireAccepted(AdverseEvent e) {
        if (e.getStatus() != EventStatus.ACCEPTED) {
            throw DomainException.conflict(e.getStatus() == EventStatus.REPORTED
                    ? "event.error.notTriaged" : "event.error.finished");
        }
    }

    private AdverseEvent load(Long id) {
        return events.findById(id).orElseThrow(() -> DomainException.notFound("event.error.notFound", String.valueOf(id)));
    }

    private boolean own(Actor actor, AdverseEvent e) {
        return e.getReporterUserId() != null && Objects.equals(e.getReporterUserId(), actor.userId());
    }

    private Actor readable(AdverseEvent e) {
        Actor actor = CurrentActor.require(Permissions.ADVERSE_EVENT_REPORT);
        if (own(actor, e) || (actor.can(Permissions.SAFETY_READ) && scope.canSee(actor, e.getUnitId()))) {
            return actor;
        }
        throw new AccessDeniedProblem();
    }

    private Actor managing(AdverseEvent e) {
        Actor actor = CurrentActor.require(Permissions.SAFETY_MANAGE);
        if (!scope.canSee(actor, e.getUnitId())) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    private static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            throw DomainException.invalid("month", "event.error.monthRequired");
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException ex) {
            throw DomainException.invalid("month", "event.error.monthInvalid", month);
        }
    }

    private Specification<AdverseEvent> spec(Actor actor, EventFilter f) {
        boolean onlyOwn = Boolean.TRUE.equals(f.mine()) || !actor.can(Permissions.SAFETY_READ);
        Collection<Long> scoped = onlyOwn ? null : scope.visibleUnitIds(actor);
        Collection<Long> filtered = f.unitId() == null ? null : units.subtreeIds(f.unitId());
        YearMonth ym = f.month() == null || f.month().isBlank() ? null : month(f.month());
        Long userId = actor.userId();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (onlyOwn) {
                where.add(userId == null ? cb.disjunction() : cb.equal(root.get("reporterUserId"), userId));
            } else if (scoped != null) {
                Predicate own = userId == null ? cb.disjunction() : cb.equal(root.get("reporterUserId"), userId);
                where.add(scoped.isEmpty() ? own : cb.or(root.get("unitId").in(scoped), own));
            }
            if (filtered != null) {
                where.add(filtered.isEmpty() ? cb.disjunction() : root.get("unitId").in(filtered));
            }
            if (ym != null) {
                where.add(cb.between(root.get("occurredOn"), ym.atDay(1), ym.atEndOfMonth()));
            }
            if (f.level() != null) {
                where.add(cb.equal(root.get("level"), f.level()));
            }
            if (f.type() != null) {
                where.add(cb.equal(root.get("type"), f.type()));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private EventView view(AdverseEvent e, Map<Long, String> names, boolean withDetails) {
        List<EventSteps.TimelineEntry> timeline = List.of();
        List<EventSteps.Cause> causes = List.of();
        List<String> whys = List.of();
        List<EventView.ActionView> actionViews = List.of();
        if (withDetails) {
            timeline = e.getTimeline().stream().map(t -> new EventSteps.TimelineEntry(t.getHappenedAt(), t.getEntry())).toList();
            causes = e.getCauses().stream().map(c -> new EventSteps.Cause(c.getCategory(), c.getCause())).toList();
            whys = List.copyOf(e.getWhys());
            Map<Long, FindingView> byId = new HashMap<>();
            findings.fromSource(SOURCE_TYPE, String.valueOf(e.getId())).forEach(f -> byId.put(f.id(), f));
            actionViews = actions.findByEventIdOrderByIdAsc(e.getId()).stream().map(a -> {
                FindingView f = byId.get(a.getFindingId());
                return new EventView.ActionView(a.getId(), a.getFindingId(), a.getUnitId(), unitName(a.getUnitId(), names),
                        a.getDescription(), f == null ? a.getDeadline() : f.deadline(),
                        f == null ? null : f.status().name(), f != null && f.overdue(), f == null ? null : f.closedOn());
            }).toList();
        }
        return new EventView(e.getId(), e.getOccurredAt(), e.getOccurredOn(), e.getUnitId(), unitName(e.getUnitId(), names),
                e.getPlace(), e.isPatientInvolved(), e.getPatientRef(), e.getType(), e.getLevel(), e.isNursing(),
                e.getDescription(), e.getInvolvedStaff(), e.getImmediateActions(), e.isAnonymous(), e.getReporter(),
                e.getStatus(), e.getTriageNote(), e.getTriagedBy(), e.getTriagedAt(), timeline, causes, whys,
                e.getRcaSummary(), e.getRcaBy(), e.getRcaAt(), e.isRepeat(), e.getRepeatOfId(), e.getAccountability(),
                e.getAccountabilityBy(), e.getClosingNote(), e.getClosedOn(), actionViews, e.getCreatedAt(),
                e.getVersion());
    }

    private String unitName(Long id, Map<Long, String> names) {
        return id == null ? null : names.computeIfAbsent(id, k -> units.find(k).map(UnitView::name).orElse("#" + k));
    }

    private static String summary(AdverseEvent e) {
        String d = e.getDescription() == null ? "" : e.getDescription();
        return e.getType() + "/" + e.getLevel() + " " + (d.length() > 40 ? d.substring(0, 40) + "…" : d);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String required(String value, String field, String key, int max) {
        if (blank(value)) {
            throw DomainException.invalid(field, key);
        }
        return limited(value, field, max);
    }

    private static String limited(String value, String field, int max) {
        String v = value.strip();
        if (v.length() > max) {
            throw DomainException.invalid(field, "error.tooLong", max);
        }
        return v;
    }

    private static String optional(String value, String field, int max) {
        return blank(value) ? null : limited(value, field, max);
    }

    private String yesNo(boolean b, Locale locale) {
        return text(b ? "common.yes" : "common.no", locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
