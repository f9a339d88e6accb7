package org.yuanwu.infection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.HospitalTime;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.indicator.Fact;
import org.yuanwu.indicator.FactsRecorded;
import org.yuanwu.infection.internal.InfectionScope;
import org.yuanwu.infection.internal.Isolation;
import org.yuanwu.infection.internal.IsolationRepository;
import org.yuanwu.organization.UnitView;

/**
 * The isolation register: every patient with an infectious disease on a ward, isolated or not. Each active entry
 * counts one infectious patient and, when isolated, one isolated patient, on the day of diagnosis, so the
 * indicator engine computes the isolation rate (infection.isolation_rate).
 */
@Service
@Transactional
public class IsolationService {

    public static final String RECORD_TYPE = "infection_isolation";
    static final String SOURCE_TYPE = "infection.isolation";
    static final int TEXT_MAX = 500;

    private final IsolationRepository entries;
    private final InfectionScope scope;
    private final ApplicationEventPublisher events;

    IsolationService(IsolationRepository entries, InfectionScope scope, ApplicationEventPublisher events) {
        this.entries = entries;
        this.scope = scope;
        this.events = events;
    }

    public IsolationView record(IsolationForm f) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_REPORT);
        Isolation entry = new Isolation(f.unitId());
        apply(actor, entry, f);
        entries.saveAndFlush(entry);
        publish(entry);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, entry.getId(), summary(entry), entry.snapshot()));
        return view(entry, new HashMap<>());
    }

    public IsolationView update(Long id, IsolationForm f) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_REPORT);
        Isolation entry = active(actor, id);
        StaleEditException.check(f.version(), entry.getVersion());
        Map<String, Object> before = entry.snapshot();
        apply(actor, entry, f);
        entries.saveAndFlush(entry);
        publish(entry);
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, summary(entry), before, entry.snapshot()));
        return view(entry, new HashMap<>());
    }

    /** Voids a mistaken entry: it stays in the register, marked, and stops counting. */
    public IsolationView voidEntry(Long id, Long version, String reason) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_REPORT);
        Isolation entry = active(actor, id);
        StaleEditException.check(version, entry.getVersion());
        String why = text("reason", reason, TEXT_MAX, true);
        Map<String, Object> before = entry.snapshot();
        entry.voidEntry(actor.username(), Instant.now(), why);
        entries.saveAndFlush(entry);
        events.publishEvent(FactsRecorded.withdrawn(SOURCE_TYPE, String.valueOf(id)));
        events.publishEvent(RecordChanged.of(AuditAction.DEACTIVATE, RECORD_TYPE, id, summary(entry), before, entry.snapshot()));
        return view(entry, new HashMap<>());
    }

    @Transactional(readOnly = true)
    public IsolationView entry(Long id) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_READ);
        Isolation entry = entries.findById(id).orElseThrow(() -> DomainException.notFound("infection.error.isolationNotFound", id));
        scope.visibleUnit(actor, entry.getUnitId());
        return view(entry, new HashMap<>());
    }

    /** Entries of a unit and the units below it diagnosed between two dates, newest first. */
    @Transactional(readOnly = true)
    public Page<IsolationView> search(Long unitId, LocalDate from, LocalDate to, boolean withVoided, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_READ);
        scope.visibleUnit(actor, unitId);
        if (from == null || to == null || to.isBefore(from)) {
            throw DomainException.invalid("to", "infection.error.period");
        }
        Map<Long, String> names = new HashMap<>();
        return entries.search(scope.subtree(unitId), from, to, withVoided, pageable).map(e -> view(e, names));
    }

    /** How many active entries the period holds, and how many of them were isolated: {registered, isolated}. */
    @Transactional(readOnly = true)
    public long[] tally(Long unitId, LocalDate from, LocalDate to) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_READ);
        scope.visibleUnit(actor, unitId);
        List<Long> units = scope.subtree(unitId);
        return new long[] {entries.countActive(units, from, to, false), entries.countActive(units, from, to, true)};
    }

    private Isolation active(Actor actor, Long id) {
        Isolation entry = entries.findById(id).orElseThrow(() -> DomainException.notFound("infection.error.isolationNotFound", id));
        scope.visibleUnit(actor, entry.getUnitId());
        if (entry.isVoided()) {
            throw DomainException.conflict("infection.error.isolationVoided");
        }
        return entry;
    }

    private void apply(Actor actor, Isolation entry, IsolationForm f) {
        UnitView unit = scope.visibleUnit(actor, f.unitId());
        String patientNo = text("patientNo", f.patientNo(), 40, true);
        String disease = text("disease", f.disease(), 80, true);
        LocalDate today = LocalDate.now(HospitalTime.ZONE);
        if (f.diagnosedOn() == null) {
            throw DomainException.invalid("diagnosedOn", "infection.error.required");
        }
        if (f.diagnosedOn().isAfter(today)) {
            throw DomainException.invalid("diagnosedOn", "infection.error.dateFuture");
        }
        if (f.isolated() == null) {
            throw DomainException.invalid("isolated", "infection.error.required");
        }
        String reason = null;
        if (f.isolated()) {
            if (f.precaution() == null) {
                throw DomainException.invalid("precaution", "infection.error.precautionRequired");
            }
            if (f.isolatedOn() == null) {
                throw DomainException.invalid("isolatedOn", "infection.error.required");
            }
            if (f.isolatedOn().isAfter(today)) {
                throw DomainException.invalid("isolatedOn", "infection.error.dateFuture");
            }
            if (f.endedOn() != null && f.endedOn().isBefore(f.isolatedOn())) {
                throw DomainException.invalid("endedOn", "infection.error.isolationEndBeforeStart");
            }
        } else {
            reason = text("reasonNotIsolated", f.reasonNotIsolated(), TEXT_MAX, false);
            if (reason == null) {
                throw DomainException.invalid("reasonNotIsolated", "infection.error.notIsolatedReason");
            }
        }
        if (entries.existsActive(patientNo, disease, f.diagnosedOn(), entry.getId() == null ? -1 : entry.getId())) {
            throw DomainException.invalid("patientNo", "infection.error.isolationDuplicate", patientNo, disease);
        }
        entry.apply(unit.id(), patientNo, disease, f.diagnosedOn(), f.isolated(), f.precaution(), f.isolatedOn(),
                f.endedOn(), reason, actor.username(), Instant.now());
    }

    private void publish(Isolation e) {
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("infection.infectious_patients", e.getUnitId(), e.getDiagnosedOn(), 1));
        facts.add(Fact.of("infection.isolated", e.getUnitId(), e.getDiagnosedOn(), e.isIsolated() ? 1 : 0));
        events.publishEvent(new FactsRecorded(SOURCE_TYPE, String.valueOf(e.getId()), facts));
    }

    private IsolationView view(Isolation e, Map<Long, String> names) {
        return new IsolationView(e.getId(), e.getUnitId(), names.computeIfAbsent(e.getUnitId(), scope::name), e.getPatientNo(),
                e.getDisease(), e.getDiagnosedOn(), e.isIsolated(), e.getPrecaution(), e.getIsolatedOn(), e.getEndedOn(),
                e.getReasonNotIsolated(), e.getRecordedBy(), e.getRecordedAt(), e.isVoided(), e.getVoidReason(), e.getVersion());
    }

    private static String summary(Isolation e) {
        return e.getPatientNo() + " " + e.getDisease() + " " + e.getDiagnosedOn();
    }

    private static String text(String field, String value, int max, boolean required) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                throw DomainException.invalid(field, "infection.error.required");
            }
            return null;
        }
        if (v.length() > max) {
            throw DomainException.invalid(field, "infection.error.tooLong", max);
        }
        return v;
    }
}
