package org.yuanwu.infection;

import org.yuanwu.common.HospitalTime;
import java.time.Clock;
import java.time.ZoneId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
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
import org.yuanwu.infection.internal.InfectionCensus;
import org.yuanwu.infection.internal.InfectionCensusRepository;
import org.yuanwu.infection.internal.InfectionScope;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.UnitView;

/**
 * The ward census: admissions, discharges, patient-days, device-days and operations per ward and day or month,
 * the denominators of the infection rates. Each row publishes its counts as facts (zeros included: a ward with
 * no ventilator days has a rate of "no data", not of zero).
 */
@Service
@Transactional
public class CensusService {

    public static final String RECORD_TYPE = "infection_census";
    public static final String FACT_SOURCE = "infection.census";
    static final ZoneId ZONE = HospitalTime.ZONE;
    /** Counts above this for one ward-day (or 31 × this for a month) are taken for typing errors. */
    static final int MAX_PER_DAY = 10_000;

    private final InfectionCensusRepository census;
    private final InfectionScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CensusService(InfectionCensusRepository census, InfectionScope scope, ApplicationEventPublisher events) {
        this.census = census;
        this.scope = scope;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /** Creates or replaces the census of a ward for a day or a month (idempotent: the same figures change nothing). */
    public CensusView save(CensusForm form) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_REPORT);
        if (form.granularity() == null) {
            throw DomainException.invalid("granularity", "infection.error.granularityRequired");
        }
        if (form.date() == null) {
            throw DomainException.invalid("date", "infection.error.dateRequired");
        }
        UnitView unit = scope.visibleUnit(actor, form.unitId());
        if (unit.kind() != OrgUnitKind.WARD) {
            throw DomainException.invalid("unitId", "infection.error.censusWardOnly", unit.name());
        }
        LocalDate date = form.granularity() == CensusGranularity.MONTH ? form.date().withDayOfMonth(1) : form.date();
        if (date.isAfter(LocalDate.now(clock.withZone(ZONE)))) {
            throw DomainException.invalid("date", "infection.error.censusFuture");
        }
        YearMonth month = YearMonth.from(date);
        CensusGranularity other = form.granularity() == CensusGranularity.DAY ? CensusGranularity.MONTH : CensusGranularity.DAY;
        if (census.existsByUnitIdAndGranularityAndCensusDateBetween(unit.id(), other, month.atDay(1), month.atEndOfMonth())) {
            throw DomainException.conflict(other == CensusGranularity.MONTH ? "infection.error.censusMonthExists"
                    : "infection.error.censusDaysExist", unit.name(), month.toString());
        }
        int limit = form.granularity() == CensusGranularity.DAY ? MAX_PER_DAY : MAX_PER_DAY * 31;
        int admissions = count("admissions", form.admissions(), limit);
        int discharges = count("discharges", form.discharges(), limit);
        int patientDays = count("patientDays", form.patientDays(), limit);
        int centralLine = count("centralLineDays", form.centralLineDays(), limit);
        int catheter = count("urinaryCatheterDays", form.urinaryCatheterDays(), limit);
        int ventilator = count("ventilatorDays", form.ventilatorDays(), limit);
        int operations = count("operations", form.operations(), limit);
        for (var device : List.of(Map.entry("centralLineDays", centralLine), Map.entry("urinaryCatheterDays", catheter),
                Map.entry("ventilatorDays", ventilator))) {
            if (device.getValue() > patientDays) {
                throw DomainException.invalid(device.getKey(), "infection.error.deviceDaysAbovePatientDays");
            }
        }
        InfectionCensus row = census.findByUnitIdAndGranularityAndCensusDate(unit.id(), form.granularity(), date).orElse(null);
        boolean created = row == null;
        Map<String, Object> before = Map.of();
        if (created) {
            row = new InfectionCensus(unit.id(), form.granularity(), date);
        } else {
            before = row.snapshot();
            if (before.equals(snapshotOf(row, admissions, discharges, patientDays, centralLine, catheter, ventilator, operations))) {
                return view(row, unit.name()); // sent again as it is: nothing to change, whatever version was seen
            }
            StaleEditException.check(form.version(), row.getVersion());
        }
        row.apply(admissions, discharges, patientDays, centralLine, catheter, ventilator, operations, actor.username(),
                Instant.now(clock));
        census.saveAndFlush(row);
        publishFacts(row);
        String summary = unit.name() + " " + (form.granularity() == CensusGranularity.MONTH ? month : date);
        events.publishEvent(created ? RecordChanged.created(RECORD_TYPE, row.getId(), summary, row.snapshot())
                : RecordChanged.updated(RECORD_TYPE, row.getId(), summary, before, row.snapshot()));
        return view(row, unit.name());
    }

    /** Census rows of a unit's subtree for a month, in the caller's scope. */
    @Transactional(readOnly = true)
    public List<CensusView> month(Long unitId, YearMonth month) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_READ);
        scope.visibleUnit(actor, unitId);
        List<CensusView> out = new ArrayList<>();
        for (InfectionCensus row : census.findByUnitIdInAndCensusDateBetweenOrderByUnitIdAscCensusDateAsc(
                scope.subtree(unitId), month.atDay(1), month.atEndOfMonth())) {
            out.add(view(row, scope.name(row.getUnitId())));
        }
        return out;
    }

    private static Map<String, Object> snapshotOf(InfectionCensus row, int admissions, int discharges, int patientDays,
                                                  int centralLine, int catheter, int ventilator, int operations) {
        Map<String, Object> m = new java.util.LinkedHashMap<>(row.snapshot());
        m.put("admissions", admissions);
        m.put("discharges", discharges);
        m.put("patientDays", patientDays);
        m.put("centralLineDays", centralLine);
        m.put("urinaryCatheterDays", catheter);
        m.put("ventilatorDays", ventilator);
        m.put("operations", operations);
        return m;
    }

    private void publishFacts(InfectionCensus row) {
        Long unit = row.getUnitId();
        LocalDate d = row.getCensusDate();
        events.publishEvent(new FactsRecorded(FACT_SOURCE, String.valueOf(row.getId()), List.of(
                Fact.of("census.admissions", unit, d, row.getAdmissions()),
                Fact.of("census.discharges", unit, d, row.getDischarges()),
                Fact.of("census.patient_days", unit, d, row.getPatientDays()),
                Fact.of("census.central_line_days", unit, d, row.getCentralLineDays()),
                Fact.of("census.urinary_catheter_days", unit, d, row.getUrinaryCatheterDays()),
                Fact.of("census.ventilator_days", unit, d, row.getVentilatorDays()),
                Fact.of("infection.operations", unit, d, row.getOperations()),
                // The census is the ward's month under surveillance: its infections are recorded as zero until a
                // confirmed case counts one, so a month without infections reads 0 %, not "no data".
                Fact.of("infection.hai_cases", unit, d, 0),
                Fact.of("infection.hai_patients", unit, d, 0),
                Fact.of("infection.ssi_cases", unit, d, 0),
                Fact.of("infection.clabsi_cases", unit, d, 0),
                Fact.of("infection.cauti_cases", unit, d, 0),
                Fact.of("infection.vap_cases", unit, d, 0))));
    }

    private static int count(String field, Integer value, int limit) {
        if (value == null) {
            throw DomainException.invalid(field, "infection.error.countRequired");
        }
        if (value < 0 || value > limit) {
            throw DomainException.invalid(field, "infection.error.countRange", limit);
        }
        return value;
    }

    private static CensusView view(InfectionCensus r, String unitName) {
        return new CensusView(r.getId(), r.getUnitId(), unitName, r.getGranularity(), r.getCensusDate(), r.getAdmissions(),
                r.getDischarges(), r.getPatientDays(), r.getCentralLineDays(), r.getUrinaryCatheterDays(),
                r.getVentilatorDays(), r.getOperations(), r.getUpdatedBy(), r.getUpdatedAt(), r.getVersion());
    }
}
