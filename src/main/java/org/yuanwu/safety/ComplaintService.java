package org.yuanwu.safety;

import org.yuanwu.common.HospitalTime;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
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
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ScopeGuard;
import org.yuanwu.organization.UnitView;
import org.yuanwu.safety.internal.Complaint;
import org.yuanwu.safety.internal.ComplaintRepository;
import org.yuanwu.safety.internal.DueDates;

/**
 * Complaints and suggestions: registered from the suggestion box, ward comment books, phone, web,
 * in person or letters; assigned to a responsible unit and person; answered within the answer
 * period ({@code yuanwu.safety.answer-days}, 3 days by default) — later is flagged overdue; closed
 * with the complainant's satisfaction with the answer; or withdrawn with a reason. Seen by
 * SAFETY_READ users whose scope covers the unit concerned or the responsible unit.
 */
@Service
@Transactional
public class ComplaintService {

    public static final String RECORD_TYPE = "safety_complaint";
    public static final int EXPORT_LIMIT = 50_000;
    static final ZoneId ZONE = HospitalTime.ZONE;

    private final ComplaintRepository complaints;
    private final OrgUnitService units;
    private final ScopeGuard scope;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final int answerDays;

    ComplaintService(ComplaintRepository complaints, OrgUnitService units, ScopeGuard scope,
                     ApplicationEventPublisher events, MessageSource messages, Optional<Clock> clock,
                     @Value("${yuanwu.safety.answer-days:3}") int answerDays) {
        this.complaints = complaints;
        this.units = units;
        this.scope = scope;
        this.events = events;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
        this.answerDays = answerDays;
    }

    public int answerDays() {
        return answerDays;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public Page<ComplaintView> search(ComplaintFilter filter, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.SAFETY_READ);
        Map<Long, String> names = new HashMap<>();
        return complaints.findAll(spec(actor, filter == null ? ComplaintFilter.none() : filter), pageable)
                .map(c -> view(c, names));
    }

    @Transactional(readOnly = true)
    public ComplaintView get(Long id) {
        Complaint c = load(id);
        readable(c);
        return view(c, new HashMap<>());
    }

    /** Whether the caller may change the complaint (for showing the forms that will work). */
    @Transactional(readOnly = true)
    public boolean mayWrite(Long id) {
        Actor actor = CurrentActor.get();
        Complaint c = load(id);
        return actor.can(Permissions.SAFETY_WRITE) && covers(actor, c);
    }

    @Transactional(readOnly = true)
    public byte[] export(ComplaintFilter filter, Locale locale) {
        Actor actor = CurrentActor.require(Permissions.SAFETY_READ);
        List<Complaint> found = complaints.findAll(spec(actor, filter == null ? ComplaintFilter.none() : filter),
                Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("id")));
        if (found.size() > EXPORT_LIMIT) {
            found = found.subList(0, EXPORT_LIMIT);
        }
        Map<Long, String> names = new HashMap<>();
        List<List<?>> rows = new ArrayList<>();
        for (Complaint c : found) {
            ComplaintView v = view(c, names);
            rows.add(java.util.Arrays.asList(v.id(), text("safety.kind." + v.kind(), locale),
                    text("safety.channel." + v.channel(), locale), v.receivedOn(), v.unitName(),
                    v.complainant(), v.contact(), v.content(), text("safety.category." + v.category(), locale),
                    text("safety.status." + v.status(), locale), v.responsibleUnitName(), v.responsiblePerson(),
                    v.dueOn(), v.answeredOn(), v.answer(),
                    v.complainantSatisfaction() == null ? null : text("safety.satisfaction." + v.complainantSatisfaction(), locale),
                    v.overdue() ? text("common.yes", locale) : text("common.no", locale), v.withdrawReason()));
        }
        List<String> headers = new ArrayList<>();
        for (String k : List.of("id", "kind", "channel", "receivedOn", "unit", "complainant", "contact", "content",
                "category", "status", "responsibleUnit", "responsiblePerson", "dueOn", "answeredOn", "answer",
                "satisfaction", "overdue", "withdrawReason")) {
            headers.add(text("safety.field." + k, locale));
        }
        return ExcelSheet.write(text("safety.export.sheet", locale), headers, rows);
    }

    // ---------------------------------------------------------------- registering

    public ComplaintView create(ComplaintForm form) {
        Actor actor = CurrentActor.require(Permissions.SAFETY_WRITE);
        check(form, actor);
        Instant now = Instant.now(clock);
        Complaint c = new Complaint(actor.username(), now);
        c.apply(form, dueFor(form), now);
        complaints.save(c);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, c.getId(), summary(c), c.snapshot()));
        return view(c, new HashMap<>());
    }

    /** Corrects what was registered, while it is being worked on. */
    public ComplaintView update(Long id, ComplaintForm form) {
        Complaint c = load(id);
        writable(c);
        StaleEditException.check(form.getVersion(), c.getVersion());
        requireActive(c);
        check(form, CurrentActor.get());
        Map<String, Object> before = c.snapshot();
        if (c.apply(form, dueFor(form), Instant.now(clock))) {
            complaints.saveAndFlush(c);
            events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, summary(c), before, c.snapshot()));
        }
        return view(c, new HashMap<>());
    }

    private LocalDate dueFor(ComplaintForm form) {
        return form.getDueOn() != null ? form.getDueOn() : DueDates.due(form.getReceivedOn(), answerDays);
    }

    private void check(ComplaintForm form, Actor actor) {
        if (form.getKind() == null) {
            throw DomainException.invalid("kind", "safety.error.kindRequired");
        }
        if (form.getChannel() == null) {
            throw DomainException.invalid("channel", "safety.error.channelRequired");
        }
        if (form.getCategory() == null) {
            throw DomainException.invalid("category", "safety.error.categoryRequired");
        }
        if (form.getReceivedOn() == null) {
            throw DomainException.invalid("receivedOn", "safety.error.receivedRequired");
        }
        if (form.getReceivedOn().isAfter(today())) {
            throw DomainException.invalid("receivedOn", "safety.error.receivedFuture");
        }
        if (form.getContent() == null || form.getContent().isBlank()) {
            throw DomainException.invalid("content", "safety.error.contentRequired");
        }
        if (form.getContent().length() > 4000) {
            throw DomainException.invalid("content", "error.tooLong", 4000);
        }
        if (form.getComplainant() != null && form.getComplainant().length() > 64) {
            throw DomainException.invalid("complainant", "error.tooLong", 64);
        }
        if (form.getContact() != null && form.getContact().length() > 64) {
            throw DomainException.invalid("contact", "error.tooLong", 64);
        }
        if (form.getDueOn() != null && form.getDueOn().isBefore(form.getReceivedOn())) {
            throw DomainException.invalid("dueOn", "safety.error.dueBeforeReceived");
        }
        unitInScope(actor, form.getUnitId(), "unitId");
    }

    // ---------------------------------------------------------------- steps

    public ComplaintView assign(Long id, ComplaintSteps.Assignment body) {
        Complaint c = load(id);
        Actor actor = writable(c);
        StaleEditException.check(body.version(), c.getVersion());
        requireActive(c);
        if (c.getStatus() == ComplaintStatus.ANSWERED) {
            throw DomainException.conflict("safety.error.alreadyAnswered");
        }
        UnitView unit = units.find(body.responsibleUnitId()).orElseThrow(() ->
                DomainException.invalid("responsibleUnitId", "safety.error.responsibleUnitRequired"));
        String person = body.responsiblePerson() == null || body.responsiblePerson().isBlank() ? null
                : body.responsiblePerson().strip();
        if (person != null && person.length() > 64) {
            throw DomainException.invalid("responsiblePerson", "error.tooLong", 64);
        }
        if (body.dueOn() != null && body.dueOn().isBefore(c.getReceivedOn())) {
            throw DomainException.invalid("dueOn", "safety.error.dueBeforeReceived");
        }
        Map<String, Object> before = c.snapshot();
        c.assign(unit.id(), person, body.dueOn(), Instant.now(clock));
        return saved(c, before, actor);
    }

    public ComplaintView answer(Long id, ComplaintSteps.Answer body) {
        Complaint c = load(id);
        Actor actor = writable(c);
        StaleEditException.check(body.version(), c.getVersion());
        requireActive(c);
        if (body.answer() == null || body.answer().isBlank()) {
            throw DomainException.invalid("answer", "safety.error.answerRequired");
        }
        if (body.answer().strip().length() > 4000) {
            throw DomainException.invalid("answer", "error.tooLong", 4000);
        }
        LocalDate on = body.answeredOn() == null ? today() : body.answeredOn();
        if (on.isBefore(c.getReceivedOn()) || on.isAfter(today())) {
            throw DomainException.invalid("answeredOn", "safety.error.answeredOnRange");
        }
        Map<String, Object> before = c.snapshot();
        c.answer(body.answer().strip(), on, actor.username(), Instant.now(clock));
        return saved(c, before, actor);
    }

    public ComplaintView close(Long id, ComplaintSteps.Closing body) {
        Complaint c = load(id);
        Actor actor = writable(c);
        StaleEditException.check(body.version(), c.getVersion());
        if (c.getStatus() != ComplaintStatus.ANSWERED) {
            throw DomainException.conflict("safety.error.closeNeedsAnswer");
        }
        if (body.satisfaction() == null) {
            throw DomainException.invalid("satisfaction", "safety.error.satisfactionRequired");
        }
        Map<String, Object> before = c.snapshot();
        c.close(body.satisfaction(), today(), Instant.now(clock));
        return saved(c, before, actor);
    }

    /** Takes a complaint out (registered twice, not a complaint at all...) with a reason; it stays on record. */
    public ComplaintView withdraw(Long id, ComplaintSteps.Withdrawal body) {
        Complaint c = load(id);
        Actor actor = writable(c);
        StaleEditException.check(body.version(), c.getVersion());
        requireActive(c);
        if (body.reason() == null || body.reason().isBlank()) {
            throw DomainException.invalid("reason", "safety.error.reasonRequired");
        }
        if (body.reason().strip().length() > 500) {
            throw DomainException.invalid("reason", "error.tooLong", 500);
        }
        Map<String, Object> before = c.snapshot();
        c.withdraw(body.reason().strip(), Instant.now(clock));
        complaints.saveAndFlush(c);
        events.publishEvent(RecordChanged.of(AuditAction.DEACTIVATE, RECORD_TYPE, id, summary(c), before, c.snapshot()));
        return view(c, new HashMap<>());
    }

    // ---------------------------------------------------------------- internals

    private ComplaintView saved(Complaint c, Map<String, Object> before, Actor actor) {
        complaints.saveAndFlush(c);
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, c.getId(), summary(c), before, c.snapshot()));
        return view(c, new HashMap<>());
    }

    private void requireActive(Complaint c) {
        if (!c.getStatus().active()) {
            throw DomainException.conflict("safety.error.finished");
        }
    }

    private Complaint load(Long id) {
        return complaints.findById(id).orElseThrow(() -> DomainException.notFound("safety.error.notFound", id));
    }

    private boolean covers(Actor actor, Complaint c) {
        return scope.canSee(actor, c.getUnitId())
                || (c.getResponsibleUnitId() != null && scope.canSee(actor, c.getResponsibleUnitId()));
    }

    private Actor readable(Complaint c) {
        Actor actor = CurrentActor.require(Permissions.SAFETY_READ);
        if (!covers(actor, c)) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    private Actor writable(Complaint c) {
        Actor actor = CurrentActor.require(Permissions.SAFETY_WRITE);
        if (!covers(actor, c)) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    private void unitInScope(Actor actor, Long unitId, String field) {
        if (unitId == null) {
            throw DomainException.invalid(field, "safety.error.unitRequired");
        }
        UnitView unit = units.find(unitId).orElseThrow(() -> DomainException.invalid(field, "safety.error.unitUnknown", unitId));
        if (!scope.canSee(actor, unit.id(), unit.path())) {
            throw new AccessDeniedProblem();
        }
    }

    private static String summary(Complaint c) {
        String content = c.getContent() == null ? "" : c.getContent();
        return content.length() > 40 ? content.substring(0, 40) + "…" : content;
    }

    private String unitName(Long id, Map<Long, String> names) {
        return id == null ? null : names.computeIfAbsent(id, k -> units.find(k).map(UnitView::name).orElse("#" + k));
    }

    private ComplaintView view(Complaint c, Map<Long, String> names) {
        return new ComplaintView(c.getId(), c.getKind(), c.getChannel(), c.getReceivedOn(), c.getUnitId(),
                unitName(c.getUnitId(), names), c.getComplainant(), c.getContact(), c.getContent(), c.getCategory(),
                c.getStatus(), c.getResponsibleUnitId(), unitName(c.getResponsibleUnitId(), names),
                c.getResponsiblePerson(), c.getDueOn(), c.getAnswer(), c.getAnsweredOn(), c.getAnsweredBy(),
                c.getComplainantSatisfaction(), c.getClosedOn(), c.getWithdrawReason(),
                DueDates.overdue(c.getStatus(), c.getDueOn(), c.getAnsweredOn(), today()), c.getCreatedBy(),
                c.getCreatedAt(), c.getUpdatedAt(), c.getVersion());
    }

    private Specification<Complaint> spec(Actor actor, ComplaintFilter f) {
        Collection<Long> scoped = scopedUnitIds(actor);
        Collection<Long> filtered = f.unitId() == null ? null : units.subtreeIds(f.unitId());
        LocalDate today = today();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (scoped != null) {
                where.add(scoped.isEmpty() ? cb.disjunction()
                        : cb.or(root.get("unitId").in(scoped), root.get("responsibleUnitId").in(scoped)));
            }
            if (filtered != null) {
                where.add(filtered.isEmpty() ? cb.disjunction() : root.get("unitId").in(filtered));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.channel() != null) {
                where.add(cb.equal(root.get("channel"), f.channel()));
            }
            if (f.kind() != null) {
                where.add(cb.equal(root.get("kind"), f.kind()));
            }
            if (f.category() != null) {
                where.add(cb.equal(root.get("category"), f.category()));
            }
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("receivedOn"), f.from()));
            }
            if (f.to() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("receivedOn"), f.to()));
            }
            if (f.overdue() != null) {
                // spelled out both ways: NOT over a NULL answer date would drop rows (three-valued logic)
                var answeredOn = root.<LocalDate>get("answeredOn");
                var dueOn = root.<LocalDate>get("dueOn");
                Predicate late = cb.and(cb.notEqual(root.get("status"), ComplaintStatus.WITHDRAWN),
                        cb.or(cb.and(cb.isNull(answeredOn), cb.lessThan(dueOn, today)),
                                cb.and(cb.isNotNull(answeredOn), cb.greaterThan(answeredOn, dueOn))));
                Predicate inTime = cb.or(cb.equal(root.get("status"), ComplaintStatus.WITHDRAWN),
                        cb.and(cb.isNull(answeredOn), cb.greaterThanOrEqualTo(dueOn, today)),
                        cb.and(cb.isNotNull(answeredOn), cb.lessThanOrEqualTo(answeredOn, dueOn)));
                where.add(f.overdue() ? late : inTime);
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Null for "every unit". */
    private Collection<Long> scopedUnitIds(Actor actor) {
        return scope.visibleUnitIds(actor);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
