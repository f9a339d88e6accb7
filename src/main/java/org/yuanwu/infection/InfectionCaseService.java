package org.yuanwu.infection;

import org.yuanwu.common.HospitalTime;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.indicator.Fact;
import org.yuanwu.indicator.FactsRecorded;
import org.yuanwu.infection.internal.ClusterRule;
import org.yuanwu.infection.internal.InfectionCase;
import org.yuanwu.infection.internal.InfectionCaseRepository;
import org.yuanwu.infection.internal.InfectionScope;
import org.yuanwu.organization.UnitView;

/**
 * Hospital-acquired infection cases: reported by a ward, confirmed or excluded (with a reason) by the
 * infection-control office, reopened to undo a mistake. Only confirmed cases count: each publishes its facts
 * (a case, a surgical-site or device-associated case, found; missed when the ward had not reported it), and the
 * first confirmed case of a stay also counts the patient.
 */
@Service
@Transactional
public class InfectionCaseService {

    public static final String RECORD_TYPE = "infection_case";
    public static final String FACT_SOURCE = "infection.case";
    static final ZoneId ZONE = HospitalTime.ZONE;

    private final InfectionCaseRepository cases;
    private final InfectionScope scope;
    private final ApplicationEventPublisher events;
    private final int clusterThreshold;
    private final int clusterWindowDays;
    private final Clock clock = Clock.systemUTC();

    InfectionCaseService(InfectionCaseRepository cases, InfectionScope scope, ApplicationEventPublisher events,
                         @Value("${yuanwu.infection.cluster-threshold:3}") int clusterThreshold,
                         @Value("${yuanwu.infection.cluster-window-days:14}") int clusterWindowDays) {
        this.cases = cases;
        this.scope = scope;
        this.events = events;
        this.clusterThreshold = clusterThreshold;
        this.clusterWindowDays = clusterWindowDays;
    }

    /** A ward reports a case; it waits for the office's confirmation. */
    public CaseView report(CaseForm form) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_REPORT);
        InfectionCase c = new InfectionCase(CaseOrigin.WARD_REPORT, actor.username(), Instant.now(clock));
        UnitView unit = apply(actor, c, form);
        cases.saveAndFlush(c);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, c.getId(), summary(c, unit), c.snapshot()));
        return view(c, unit.name());
    }

    /** The office records a case it found itself (screening or record sampling): confirmed at once, counted as missed. */
    public CaseView recordFound(CaseForm form, CaseOrigin origin) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_MANAGE);
        if (origin == null || origin == CaseOrigin.WARD_REPORT) {
            throw DomainException.invalid("origin", "infection.error.originFound");
        }
        Instant now = Instant.now(clock);
        InfectionCase c = new InfectionCase(origin, actor.username(), now);
        UnitView unit = apply(actor, c, form);
        c.review(CaseStatus.CONFIRMED, null, actor.username(), now);
        cases.saveAndFlush(c);
        publishStay(c);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, c.getId(), summary(c, unit), c.snapshot()));
        return view(c, unit.name());
    }

    /** Corrects a report (any status but excluded); a confirmed case's facts follow the correction. */
    public CaseView update(Long id, CaseForm form) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_REPORT);
        InfectionCase c = load(actor, id);
        StaleEditException.check(form.version(), c.getVersion());
        if (c.getStatus() == CaseStatus.EXCLUDED) {
            throw DomainException.conflict("infection.error.caseExcluded");
        }
        if (c.getStatus() == CaseStatus.CONFIRMED && !actor.can(Permissions.INFECTION_MANAGE)) {
            throw DomainException.conflict("infection.error.caseConfirmedOfficeOnly");
        }
        Map<String, Object> before = c.snapshot();
        String oldPatient = c.getPatientNo();
        LocalDate oldAdmission = c.getAdmissionDate();
        UnitView unit = apply(actor, c, form);
        cases.saveAndFlush(c);
        if (c.getStatus() == CaseStatus.CONFIRMED) {
            publishStay(c);
            if (!oldPatient.equals(c.getPatientNo()) || !oldAdmission.equals(c.getAdmissionDate())) {
                publishStay(oldPatient, oldAdmission);
            }
        }
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, summary(c, unit), before, c.snapshot()));
        return view(c, unit.name());
    }

    public CaseView confirm(Long id, Long version) {
        return review(id, version, CaseStatus.CONFIRMED, null);
    }

    public CaseView exclude(Long id, Long version, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw DomainException.invalid("reason", "infection.error.exclusionReasonRequired");
        }
        if (why.length() > 500) {
            throw DomainException.invalid("reason", "error.tooLong", 500);
        }
        return review(id, version, CaseStatus.EXCLUDED, why);
    }

    /** Undoes a confirmation or an exclusion: the case waits for review again and counts for nothing meanwhile. */
    public CaseView reopen(Long id, Long version) {
        return review(id, version, CaseStatus.REPORTED, null);
    }

    private CaseView review(Long id, Long version, CaseStatus to, String reason) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_MANAGE);
        InfectionCase c = load(actor, id);
        StaleEditException.check(version, c.getVersion());
        if (c.getStatus() == to) {
            throw DomainException.conflict("infection.error.caseAlready", to.name());
        }
        Map<String, Object> before = c.snapshot();
        c.review(to, reason, actor.username(), Instant.now(clock));
        cases.saveAndFlush(c);
        publishStay(c);
        UnitView unit = scope.unit(c.getUnitId());
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, summary(c, unit), before, c.snapshot()));
        return view(c, unit.name());
    }

    @Transactional(readOnly = true)
    public CaseView get(Long id) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_READ);
        InfectionCase c = load(actor, id);
        return view(c, scope.name(c.getUnitId()));
    }

    @Transactional(readOnly = true)
    public Page<CaseView> search(CaseFilter filter, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_READ);
        CaseFilter f = filter == null ? CaseFilter.none() : filter;
        Collection<Long> visible = scope.visibleUnitIds(actor);
        Collection<Long> under = f.unitId() == null ? null : scope.subtree(f.unitId());
        Specification<InfectionCase> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (visible != null) {
                where.add(visible.isEmpty() ? cb.disjunction() : root.get("unitId").in(visible));
            }
            if (under != null) {
                where.add(under.isEmpty() ? cb.disjunction() : root.get("unitId").in(under));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.onsetFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("onsetDate"), f.onsetFrom()));
            }
            if (f.onsetTo() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("onsetDate"), f.onsetTo()));
            }
            if (f.q() != null && !f.q().isBlank()) {
                String like = "%" + f.q().strip().toLowerCase(Locale.ROOT) + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("patientNo")), like), cb.like(cb.lower(root.get("pathogen")), like),
                        cb.like(cb.lower(root.get("visitNo")), like)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        Map<Long, String> names = new HashMap<>();
        return cases.findAll(spec, pageable).map(c -> view(c, names.computeIfAbsent(c.getUnitId(), scope::name)));
    }

    /**
     * Possible outbreaks among the cases (reported or confirmed) with onset in the last window before
     * {@code asOf}, widened to the window on each side so a cluster straddling the start is seen whole.
     */
    @Transactional(readOnly = true)
    public List<ClusterAlert> clusters(LocalDate asOf, int lookBackDays) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_READ);
        LocalDate from = asOf.minusDays(lookBackDays + clusterWindowDays);
        List<ClusterRule.CaseOnset> onsets = cases.findByStatusInAndOnsetDateBetweenOrderByUnitIdAscOnsetDateAsc(
                        EnumSet.of(CaseStatus.REPORTED, CaseStatus.CONFIRMED), from, asOf).stream()
                .filter(c -> scope.canSee(actor, c.getUnitId()))
                .map(c -> new ClusterRule.CaseOnset(c.getId(), c.getUnitId(), c.getPathogen(), c.getOnsetDate())).toList();
        LocalDate shownFrom = asOf.minusDays(lookBackDays);
        return ClusterRule.find(onsets, clusterThreshold, clusterWindowDays).stream()
                .filter(c -> !c.last().isBefore(shownFrom))
                .map(c -> new ClusterAlert(c.unitId(), scope.name(c.unitId()), c.pathogen(), c.first(), c.last(), c.caseIds()))
                .toList();
    }

    /**
     * Confirmed surgical-site infections of a unit's subtree with onset in the period, by wound class (I–IV; a case
     * reported without a class is counted under null), for the rates page and the bulletin.
     */
    @Transactional(readOnly = true)
    public Map<OperationClass, Long> surgicalSiteByClass(Long unitId, LocalDate from, LocalDate to) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_READ);
        scope.visibleUnit(actor, unitId);
        java.util.Set<Long> under = new java.util.HashSet<>(scope.subtree(unitId));
        Map<OperationClass, Long> counts = new java.util.LinkedHashMap<>();
        for (OperationClass c : OperationClass.values()) {
            counts.put(c, 0L);
        }
        for (InfectionCase c : cases.findByStatusInAndOnsetDateBetweenOrderByUnitIdAscOnsetDateAsc(
                EnumSet.of(CaseStatus.CONFIRMED), from, to)) {
            if (c.getSite().surgical() && under.contains(c.getUnitId())) {
                counts.merge(c.getOperationClass(), 1L, Long::sum);
            }
        }
        return counts;
    }

    public int clusterThreshold() {
        return clusterThreshold;
    }

    public int clusterWindowDays() {
        return clusterWindowDays;
    }

    // ---------------------------------------------------------------- rules

    private UnitView apply(Actor actor, InfectionCase c, CaseForm f) {
        UnitView unit = scope.visibleUnit(actor, f.unitId());
        String patientNo = text("patientNo", f.patientNo(), 40, true);
        String visitNo = text("visitNo", f.visitNo(), 40, false);
        if (f.admissionDate() == null) {
            throw DomainException.invalid("admissionDate", "infection.error.admissionDateRequired");
        }
        if (f.onsetDate() == null) {
            throw DomainException.invalid("onsetDate", "infection.error.onsetDateRequired");
        }
        if (f.onsetDate().isBefore(f.admissionDate())) {
            throw DomainException.invalid("onsetDate", "infection.error.onsetBeforeAdmission");
        }
        if (f.onsetDate().isAfter(LocalDate.now(clock.withZone(ZONE)))) {
            throw DomainException.invalid("onsetDate", "infection.error.onsetFuture");
        }
        if (f.site() == null) {
            throw DomainException.invalid("site", "infection.error.siteRequired");
        }
        if (f.operationClass() != null && !f.site().surgical()) {
            throw DomainException.invalid("operationClass", "infection.error.operationClassSurgicalOnly");
        }
        c.apply(unit.id(), patientNo, visitNo, f.admissionDate(), f.onsetDate(), f.site(),
                text("pathogen", f.pathogen(), 120, false), text("specimen", f.specimen(), 40, false),
                f.device() == null ? DeviceAssociation.NONE : f.device(), f.operationClass(),
                f.outcome() == null ? CaseOutcome.UNDER_TREATMENT : f.outcome(), text("note", f.note(), 1000, false));
        return unit;
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
            throw DomainException.invalid(field, "error.tooLong", max);
        }
        return v;
    }

    private InfectionCase load(Actor actor, Long id) {
        InfectionCase c = cases.findById(id).orElseThrow(() -> DomainException.notFound("infection.error.caseNotFound", id));
        scope.visibleUnit(actor, c.getUnitId());
        return c;
    }

    /** Onset within two calendar days of admission (the day of admission or the next): possibly brought in. */
    public static boolean possiblyCommunityAcquired(LocalDate admission, LocalDate onset) {
        return admission != null && onset != null && ChronoUnit.DAYS.between(admission, onset) < 2;
    }

    // ---------------------------------------------------------------- facts

    private void publishStay(InfectionCase changed) {
        publishStay(changed.getPatientNo(), changed.getAdmissionDate());
    }

    /** Re-publishes every case of a stay, so exactly the first confirmed one counts the patient. */
    private void publishStay(String patientNo, LocalDate admissionDate) {
        boolean patientCounted = false;
        for (InfectionCase c : cases.findByPatientNoAndAdmissionDateOrderByOnsetDateAscIdAsc(patientNo, admissionDate)) {
            if (c.getStatus() != CaseStatus.CONFIRMED) {
                events.publishEvent(FactsRecorded.withdrawn(FACT_SOURCE, String.valueOf(c.getId())));
                continue;
            }
            events.publishEvent(new FactsRecorded(FACT_SOURCE, String.valueOf(c.getId()), facts(c, !patientCounted)));
            patientCounted = true;
        }
    }

    static List<Fact> facts(InfectionCase c, boolean firstOfStay) {
        Long unit = c.getUnitId();
        LocalDate d = c.getOnsetDate();
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("infection.hai_cases", unit, d, 1));
        facts.add(Fact.of("infection.hai_found", unit, d, 1));
        // A case the ward reported itself counts zero missed, so a year without misses reads 0 %, not "no data".
        facts.add(Fact.of("infection.hai_missed", unit, d, c.getOrigin() != CaseOrigin.WARD_REPORT ? 1 : 0));
        if (firstOfStay) {
            facts.add(Fact.of("infection.hai_patients", unit, d, 1));
        }
        if (c.getSite().surgical()) {
            facts.add(Fact.of("infection.ssi_cases", unit, d, 1));
        }
        String device = c.getDevice().measureFor(c.getSite());
        if (device != null) {
            facts.add(Fact.of(device, unit, d, 1));
        }
        return facts;
    }

    private static String summary(InfectionCase c, UnitView unit) {
        return unit.name() + " " + c.getPatientNo() + " " + c.getOnsetDate();
    }

    static CaseView view(InfectionCase c, String unitName) {
        return new CaseView(c.getId(), c.getUnitId(), unitName, c.getPatientNo(), c.getVisitNo(), c.getAdmissionDate(),
                c.getOnsetDate(), c.getSite(), c.getPathogen(), c.getSpecimen(), c.getDevice(), c.getOperationClass(),
                c.getOutcome(), c.getOrigin(), c.getStatus(), c.getExclusionReason(), c.getNote(), c.getReportedBy(),
                c.getReportedAt(), c.getReviewedBy(), c.getReviewedAt(),
                possiblyCommunityAcquired(c.getAdmissionDate(), c.getOnsetDate()), c.getVersion());
    }
}
