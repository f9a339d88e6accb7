package org.yuanwu.infection;

import org.yuanwu.common.HospitalTime;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.yuanwu.quality.ExternalFindingClosed;
import org.yuanwu.quality.ExternalFindingRequest;
import org.yuanwu.quality.QualityFindings;
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
import org.yuanwu.infection.internal.HygieneLimits;
import org.yuanwu.infection.internal.InfectionSample;
import org.yuanwu.infection.internal.InfectionSampleRepository;
import org.yuanwu.infection.internal.InfectionScope;
import org.yuanwu.infection.internal.UvLamp;
import org.yuanwu.infection.internal.UvLampRepository;
import org.yuanwu.infection.internal.UvReading;
import org.yuanwu.infection.internal.UvReadingRepository;
import org.yuanwu.organization.HygieneClass;
import org.yuanwu.organization.UnitView;

/**
 * Environment and disinfection monitoring: samples judged against the national limits as they are entered (a failure
 * stays open until a passing resample or a corrective action closes it), and the UV lamp register with its readings,
 * the lamps due for their half-yearly test and the lamps to replace. Every result publishes its facts.
 */
@Service
@Transactional
public class EnvironmentService {

    /** The source type under which failed samples open quality findings. */
    public static final String SAMPLE_FINDING_SOURCE = "infection.sample";
    /** Days the unit has to rectify a failed sample. */
    static final int FINDING_DAYS = 7;
    public static final String SAMPLE_RECORD_TYPE = "infection_sample";
    public static final String LAMP_RECORD_TYPE = "infection_uv_lamp";
    public static final int UV_TEST_INTERVAL_DAYS = 183;
    static final ZoneId ZONE = HospitalTime.ZONE;
    static final BigDecimal MAX_CFU = new BigDecimal("100000");
    static final BigDecimal MAX_UV = new BigDecimal("10000");

    private final InfectionSampleRepository samples;
    private final UvLampRepository lamps;
    private final UvReadingRepository readings;
    private final HygieneLimits limits;
    private final InfectionScope scope;
    private final ApplicationEventPublisher events;
    private final QualityFindings findings;
    private final MessageSource messages;

    EnvironmentService(InfectionSampleRepository samples, UvLampRepository lamps, UvReadingRepository readings,
                       HygieneLimits limits, InfectionScope scope, ApplicationEventPublisher events,
                       QualityFindings findings, MessageSource messages) {
        this.findings = findings;
        this.messages = messages;
        this.samples = samples;
        this.lamps = lamps;
        this.readings = readings;
        this.limits = limits;
        this.scope = scope;
        this.events = events;
    }

    // ---------------------------------------------------------------- samples

    public SampleView recordSample(SampleForm f) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_REPORT);
        UnitView unit = scope.visibleUnit(actor, f.unitId());
        if (f.kind() == null) {
            throw DomainException.invalid("kind", "infection.error.required");
        }
        if (f.sampledOn() == null) {
            throw DomainException.invalid("sampledOn", "infection.error.dateRequired");
        }
        if (f.sampledOn().isAfter(LocalDate.now(ZONE))) {
            throw DomainException.invalid("sampledOn", "infection.error.sampleFuture");
        }
        String site = f.site() == null ? "" : f.site().strip();
        if (site.isEmpty()) {
            throw DomainException.invalid("site", "infection.error.required");
        }
        if (site.length() > 100) {
            throw DomainException.invalid("site", "error.tooLong", 100);
        }
        if (f.resultCfu() == null) {
            throw DomainException.invalid("resultCfu", "infection.error.required");
        }
        if (f.resultCfu().signum() < 0 || f.resultCfu().compareTo(MAX_CFU) > 0) {
            throw DomainException.invalid("resultCfu", "infection.error.cfuRange");
        }
        HygieneClass envClass = null;
        if (f.kind().needsEnvironmentClass()) {
            envClass = f.environmentClass() != null ? f.environmentClass() : unit.hygieneClass();
            if (envClass == null) {
                throw DomainException.invalid("environmentClass", "infection.error.environmentClassRequired", unit.name());
            }
        }
        InfectionSample original = null;
        if (f.resampleOf() != null) {
            original = samples.findById(f.resampleOf()).filter(s -> s.getUnitId().equals(unit.id()) && s.getKind() == f.kind())
                    .orElseThrow(() -> DomainException.invalid("resampleOf", "infection.error.resampleOther", f.resampleOf()));
            if (original.getFollowUp() != FollowUp.OPEN) {
                throw DomainException.conflict("infection.error.resampleNotOpen", f.resampleOf());
            }
        }
        Instant now = Instant.now();
        InfectionSample s = new InfectionSample(unit.id(), f.sampledOn(), f.kind(), site, envClass, f.resultCfu(),
                limits.limit(f.kind(), envClass), f.resampleOf(), actor.username(), now);
        samples.saveAndFlush(s);
        publish(s);
        events.publishEvent(RecordChanged.created(SAMPLE_RECORD_TYPE, s.getId(), unit.name() + " " + site, s.snapshot()));
        if (!s.isPassed()) {
            openFinding(s, unit);
        }
        if (original != null && s.isPassed()) {
            Map<String, Object> before = original.snapshot();
            original.close("#" + s.getId(), actor.username(), now);
            samples.saveAndFlush(original);
            events.publishEvent(RecordChanged.updated(SAMPLE_RECORD_TYPE, original.getId(), unit.name() + " " + original.getSite(),
                    before, original.snapshot()));
        }
        return view(s, unit.name());
    }

    /**
     * A failed sample opens a finding in the quality module's rectification loop for the sampled unit: the unit answers
     * with its corrective action and evidence, and the hospital's infection-control office (verifying for the whole
     * hospital, the root of the unit's tree) accepts or rejects it. Same kind failing again in the unit is a recurrence.
     */
    private void openFinding(InfectionSample s, UnitView unit) {
        java.util.Locale zh = java.util.Locale.SIMPLIFIED_CHINESE;
        String kind = messages.getMessage("infection.sample.kind." + s.getKind(), null, s.getKind().name(), zh);
        String description = messages.getMessage("infection.sample.findingText", new Object[] {s.getSampledOn().toString(),
                s.getSite(), kind, s.getResultCfu().stripTrailingZeros().toPlainString(),
                s.getLimitCfu() == null ? "-" : s.getLimitCfu().stripTrailingZeros().toPlainString()}, zh);
        String action = messages.getMessage("infection.sample.findingAction", null, zh);
        String itemKey = s.getEnvironmentClass() == null ? s.getKind().name() : s.getKind().name() + "-" + s.getEnvironmentClass().name();
        Long hospital = org.yuanwu.organization.TreePaths.ids(unit.path()).get(0);
        findings.openFromSource(new ExternalFindingRequest(SAMPLE_FINDING_SOURCE, String.valueOf(s.getId()), unit.id(), itemKey,
                description, null, LocalDate.now(ZONE).plusDays(FINDING_DAYS), action, hospital));
    }

    /** The quality loop accepted the unit's answer to a failed sample: the sample's follow-up is closed by it. */
    @EventListener
    void findingAccepted(ExternalFindingClosed closed) {
        if (!SAMPLE_FINDING_SOURCE.equals(closed.sourceType())) {
            return;
        }
        samples.findById(Long.valueOf(closed.sourceId())).filter(s -> s.getFollowUp() == FollowUp.OPEN).ifPresent(s -> {
            Map<String, Object> before = s.snapshot();
            s.close(messages.getMessage("infection.sample.closedByFinding", new Object[] {String.valueOf(closed.findingId())},
                    java.util.Locale.SIMPLIFIED_CHINESE), CurrentActor.get().username(), Instant.now());
            samples.saveAndFlush(s);
            events.publishEvent(RecordChanged.updated(SAMPLE_RECORD_TYPE, s.getId(), s.getSite(), before, s.snapshot()));
        });
    }

    /** The rectification finding a failed sample opened, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<org.yuanwu.quality.FindingView> finding(Long sampleId) {
        return findings.fromSource(SAMPLE_FINDING_SOURCE, String.valueOf(sampleId)).stream().reduce((a, b) -> b);
    }

    /** Closes a failed sample with the corrective action taken (when no resample has passed yet). */
    public SampleView closeSample(Long id, Long version, String action) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_REPORT);
        InfectionSample s = load(actor, id);
        StaleEditException.check(version, s.getVersion());
        if (s.getFollowUp() != FollowUp.OPEN) {
            throw DomainException.conflict("infection.error.sampleNotOpen");
        }
        String text = action == null ? "" : action.strip();
        if (text.isEmpty()) {
            throw DomainException.invalid("correctiveAction", "infection.error.correctiveActionRequired");
        }
        if (text.length() > 500) {
            throw DomainException.invalid("correctiveAction", "error.tooLong", 500);
        }
        Map<String, Object> before = s.snapshot();
        s.close(text, actor.username(), Instant.now());
        samples.saveAndFlush(s);
        events.publishEvent(RecordChanged.updated(SAMPLE_RECORD_TYPE, id, s.getSite(), before, s.snapshot()));
        return view(s, scope.name(s.getUnitId()));
    }

    /** Withdraws a sample entered by mistake (with the reason); it no longer counts. */
    public SampleView withdrawSample(Long id, Long version, String reason) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_REPORT);
        InfectionSample s = load(actor, id);
        StaleEditException.check(version, s.getVersion());
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw DomainException.invalid("reason", "infection.error.withdrawReasonRequired");
        }
        if (s.getWithdrawnReason() != null) {
            throw DomainException.conflict("infection.error.sampleWithdrawn");
        }
        Map<String, Object> before = s.snapshot();
        s.withdraw(text.length() > 500 ? text.substring(0, 500) : text);
        samples.saveAndFlush(s);
        events.publishEvent(FactsRecorded.withdrawn("infection.sample", String.valueOf(id)));
        events.publishEvent(RecordChanged.updated(SAMPLE_RECORD_TYPE, id, s.getSite(), before, s.snapshot()));
        return view(s, scope.name(s.getUnitId()));
    }

    @Transactional(readOnly = true)
    public Page<SampleView> samples(Long unitId, LocalDate from, LocalDate to, Boolean failedOnly, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_READ);
        Collection<Long> visible = scope.visibleUnitIds(actor);
        Collection<Long> under = unitId == null ? null : scope.subtree(unitId);
        Specification<InfectionSample> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (visible != null) {
                where.add(visible.isEmpty() ? cb.disjunction() : root.get("unitId").in(visible));
            }
            if (under != null) {
                where.add(under.isEmpty() ? cb.disjunction() : root.get("unitId").in(under));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("sampledOn"), from));
            }
            if (to != null) {
                where.add(cb.lessThanOrEqualTo(root.get("sampledOn"), to));
            }
            if (Boolean.TRUE.equals(failedOnly)) {
                where.add(cb.equal(root.get("followUp"), FollowUp.OPEN));
                where.add(cb.isNull(root.get("withdrawnReason")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        Map<Long, String> names = new HashMap<>();
        return samples.findAll(spec, pageable).map(s -> view(s, names.computeIfAbsent(s.getUnitId(), scope::name)));
    }

    private InfectionSample load(Actor actor, Long id) {
        InfectionSample s = samples.findById(id).orElseThrow(() -> DomainException.notFound("infection.error.sampleNotFound", id));
        scope.visibleUnit(actor, s.getUnitId());
        return s;
    }

    private void publish(InfectionSample s) {
        String sampled = s.getKind().disinfectant() ? "infection.disinfectant_sampled" : "infection.environment_sampled";
        String passed = s.getKind().disinfectant() ? "infection.disinfectant_passed" : "infection.environment_passed";
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of(sampled, s.getUnitId(), s.getSampledOn(), 1));
        // A failed sample counts zero passed, so a month of failures reads 0 %, not "no data".
        facts.add(Fact.of(passed, s.getUnitId(), s.getSampledOn(), s.isPassed() ? 1 : 0));
        events.publishEvent(new FactsRecorded("infection.sample", String.valueOf(s.getId()), facts));
    }

    static SampleView view(InfectionSample s, String unitName) {
        return new SampleView(s.getId(), s.getUnitId(), unitName, s.getSampledOn(), s.getKind(), s.getSite(),
                s.getEnvironmentClass(), s.getResultCfu(), s.getLimitCfu(), s.isPassed(), s.getFollowUp(),
                s.getCorrectiveAction(), s.getResampleOf(), s.getClosedBy(), s.getClosedAt(), s.getRecordedBy(),
                s.getRecordedAt(), s.getWithdrawnReason(), s.getVersion());
    }

    // ---------------------------------------------------------------- UV lamps

    public UvLampView registerLamp(UvLampForm f) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_REPORT);
        UnitView unit = scope.visibleUnit(actor, f.unitId());
        String location = f.location() == null ? "" : f.location().strip();
        if (location.isEmpty()) {
            throw DomainException.invalid("location", "infection.error.required");
        }
        if (location.length() > 100) {
            throw DomainException.invalid("location", "error.tooLong", 100);
        }
        if (f.lampType() == null) {
            throw DomainException.invalid("lampType", "infection.error.required");
        }
        if (f.installedOn() == null || f.installedOn().isAfter(LocalDate.now(ZONE))) {
            throw DomainException.invalid("installedOn", "infection.error.installedOn");
        }
        int hours = f.hoursUsed() == null ? 0 : f.hoursUsed();
        if (hours < 0 || hours > 100_000) {
            throw DomainException.invalid("hoursUsed", "infection.error.hoursUsed");
        }
        UvLamp lamp = new UvLamp(unit.id(), location, f.lampType(), f.installedOn(), hours);
        lamps.saveAndFlush(lamp);
        events.publishEvent(RecordChanged.created(LAMP_RECORD_TYPE, lamp.getId(), unit.name() + " " + location, lamp.snapshot()));
        return lampView(lamp, unit.name());
    }

    /** Records an intensity reading; a retired lamp takes none. In-use readings count in the UV pass rate. */
    public UvLampView recordReading(Long lampId, UvReadingForm f) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_REPORT);
        UvLamp lamp = loadLamp(actor, lampId);
        if (lamp.getRetiredOn() != null) {
            throw DomainException.conflict("infection.error.lampRetired", lamp.getLocation());
        }
        if (f.measuredOn() == null || f.measuredOn().isAfter(LocalDate.now(ZONE)) || f.measuredOn().isBefore(lamp.getInstalledOn())) {
            throw DomainException.invalid("measuredOn", "infection.error.measuredOn");
        }
        if (f.intensity() == null || f.intensity().signum() < 0 || f.intensity().compareTo(MAX_UV) > 0) {
            throw DomainException.invalid("intensity", "infection.error.intensity");
        }
        boolean newLamp = Boolean.TRUE.equals(f.newLampTest());
        UvReading r = new UvReading(lamp.getId(), f.measuredOn(), f.intensity(), newLamp,
                limits.uvLimit(lamp.getLampType(), newLamp), actor.username(), Instant.now());
        readings.saveAndFlush(r);
        if (f.hoursUsed() != null) {
            if (f.hoursUsed() < lamp.getHoursUsed() || f.hoursUsed() > 100_000) {
                throw DomainException.invalid("hoursUsed", "infection.error.hoursUsed");
            }
            lamp.hours(f.hoursUsed());
            lamps.saveAndFlush(lamp);
        }
        if (!newLamp) {
            List<Fact> facts = new ArrayList<>();
            facts.add(Fact.of("infection.uv_measured", lamp.getUnitId(), r.getMeasuredOn(), 1));
            facts.add(Fact.of("infection.uv_passed", lamp.getUnitId(), r.getMeasuredOn(), r.isPassed() ? 1 : 0));
            events.publishEvent(new FactsRecorded("infection.uv_reading", String.valueOf(r.getId()), facts));
        }
        events.publishEvent(RecordChanged.created("infection_uv_reading", r.getId(), lamp.getLocation(), r.snapshot()));
        return lampView(lamp, scope.name(lamp.getUnitId()));
    }

    public UvLampView retireLamp(Long lampId, Long version, String reason) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_REPORT);
        UvLamp lamp = loadLamp(actor, lampId);
        StaleEditException.check(version, lamp.getVersion());
        if (lamp.getRetiredOn() != null) {
            throw DomainException.conflict("infection.error.lampRetired", lamp.getLocation());
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw DomainException.invalid("reason", "infection.error.retireReasonRequired");
        }
        Map<String, Object> before = lamp.snapshot();
        lamp.retire(LocalDate.now(ZONE), text.length() > 500 ? text.substring(0, 500) : text);
        lamps.saveAndFlush(lamp);
        events.publishEvent(RecordChanged.updated(LAMP_RECORD_TYPE, lampId, lamp.getLocation(), before, lamp.snapshot()));
        return lampView(lamp, scope.name(lamp.getUnitId()));
    }

    /** The register of the units in scope ({@code unitId} and below, if given), retired lamps last. */
    @Transactional(readOnly = true)
    public List<UvLampView> lamps(Long unitId) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_READ);
        Collection<Long> visible = scope.visibleUnitIds(actor);
        List<UvLamp> found = unitId != null ? lamps.findByUnitIdInOrderByUnitIdAscLocationAsc(scope.subtree(unitId))
                : visible == null ? lamps.findAllByOrderByUnitIdAscLocationAsc()
                : lamps.findByUnitIdInOrderByUnitIdAscLocationAsc(visible);
        Map<Long, String> names = new HashMap<>();
        return found.stream().filter(l -> visible == null || visible.contains(l.getUnitId()))
                .map(l -> lampView(l, names.computeIfAbsent(l.getUnitId(), scope::name)))
                .sorted((a, b) -> Boolean.compare(a.retired(), b.retired())).toList();
    }

    private UvLamp loadLamp(Actor actor, Long id) {
        UvLamp lamp = lamps.findById(id).orElseThrow(() -> DomainException.notFound("infection.error.lampNotFound", id));
        scope.visibleUnit(actor, lamp.getUnitId());
        return lamp;
    }

    private UvLampView lampView(UvLamp l, String unitName) {
        UvReading last = readings.findFirstByLampIdOrderByMeasuredOnDescIdDesc(l.getId()).orElse(null);
        boolean active = l.getRetiredOn() == null;
        LocalDate today = LocalDate.now(ZONE);
        boolean due = active && (last == null || last.getMeasuredOn().isBefore(today.minusDays(UV_TEST_INTERVAL_DAYS)));
        boolean replace = active && last != null && !last.isPassed();
        return new UvLampView(l.getId(), l.getUnitId(), unitName, l.getLocation(), l.getLampType(), l.getInstalledOn(),
                l.getHoursUsed(), l.getRetiredOn(), l.getRetireReason(), last == null ? null : last.getMeasuredOn(),
                last == null ? null : last.getIntensity(), last == null ? null : last.isPassed(), due, replace, l.getVersion());
    }
}
