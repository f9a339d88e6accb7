package org.yuanwu.infection;

import org.yuanwu.common.HospitalTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.yuanwu.infection.internal.AntibioticTargets;
import org.yuanwu.infection.internal.InfectionScope;
import org.yuanwu.infection.internal.PrescriptionSample;
import org.yuanwu.infection.internal.PrescriptionSampleRepository;
import org.yuanwu.organization.UnitView;

/**
 * Monthly antibiotic-use sampling per department: outpatient and emergency prescriptions, discharged inpatients.
 * Each row is judged against the national ceiling and publishes the facts of the antibiotic-use indicators; the
 * month's rows rank the departments for the infection bulletin.
 */
@Service
@Transactional
public class AntibioticService {

    public static final String RECORD_TYPE = "infection_prescription_sample";
    static final ZoneId ZONE = HospitalTime.ZONE;
    static final int MAX_COUNT = 1_000_000;

    private final PrescriptionSampleRepository samples;
    private final AntibioticTargets targets;
    private final InfectionScope scope;
    private final ApplicationEventPublisher events;

    AntibioticService(PrescriptionSampleRepository samples, AntibioticTargets targets, InfectionScope scope,
                      ApplicationEventPublisher events) {
        this.samples = samples;
        this.targets = targets;
        this.scope = scope;
        this.events = events;
    }

    public PrescriptionSampleView save(PrescriptionSampleForm f) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_REPORT);
        UnitView unit = scope.visibleUnit(actor, f.unitId());
        YearMonth month = month(f.month());
        if (month.isAfter(YearMonth.now(ZONE))) {
            throw DomainException.invalid("month", "infection.error.monthFuture");
        }
        if (f.setting() == null) {
            throw DomainException.invalid("setting", "infection.error.required");
        }
        int sampled = count("sampled", f.sampled());
        int with = count("withAntibiotics", f.withAntibiotics());
        int drugs = count("antibioticDrugs", f.antibioticDrugs());
        int injections = count("injections", f.injections());
        if (sampled == 0) {
            throw DomainException.invalid("sampled", "infection.error.sampledZero");
        }
        if (with > sampled) {
            throw DomainException.invalid("withAntibiotics", "infection.error.withAboveSampled");
        }
        if (drugs < with) {
            throw DomainException.invalid("antibioticDrugs", "infection.error.drugsBelowWith");
        }
        if (injections > drugs) {
            throw DomainException.invalid("injections", "infection.error.injectionsAboveDrugs");
        }
        PrescriptionSample row = samples.findByUnitIdAndMonthStartAndSetting(unit.id(), month.atDay(1), f.setting()).orElse(null);
        boolean created = row == null;
        Map<String, Object> before = Map.of();
        if (created) {
            row = new PrescriptionSample(unit.id(), month.atDay(1), f.setting());
        } else {
            StaleEditException.check(f.version(), row.getVersion());
            before = row.snapshot();
        }
        row.apply(sampled, with, drugs, injections, actor.username(), Instant.now());
        samples.saveAndFlush(row);
        publish(row);
        String summary = unit.name() + " " + month + " " + f.setting();
        events.publishEvent(created ? RecordChanged.created(RECORD_TYPE, row.getId(), summary, row.snapshot())
                : RecordChanged.updated(RECORD_TYPE, row.getId(), summary, before, row.snapshot()));
        return view(row, unit.name());
    }

    /** The month's rows of a unit and the units below it, each setting's departments worst first. */
    @Transactional(readOnly = true)
    public List<PrescriptionSampleView> month(Long unitId, YearMonth month) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_READ);
        scope.visibleUnit(actor, unitId);
        Map<Long, String> names = new HashMap<>();
        List<PrescriptionSampleView> out = new ArrayList<>();
        for (PrescriptionSample s : samples.findByUnitIdInAndMonthStartOrderBySettingAscUnitIdAsc(scope.subtree(unitId),
                month.atDay(1))) {
            out.add(view(s, names.computeIfAbsent(s.getUnitId(), scope::name)));
        }
        out.sort(Comparator.comparing(PrescriptionSampleView::setting)
                .thenComparing(PrescriptionSampleView::ratePercent, Comparator.reverseOrder()));
        return out;
    }

    private void publish(PrescriptionSample s) {
        Long unit = s.getUnitId();
        List<Fact> facts = switch (s.getSetting()) {
            case OUTPATIENT -> List.of(Fact.of("infection.prescriptions_sampled", unit, s.getMonthStart(), s.getSampled()),
                    Fact.of("infection.antibiotic_prescriptions", unit, s.getMonthStart(), s.getWithAntibiotics()));
            case EMERGENCY -> List.of(Fact.of("infection.emergency_prescriptions_sampled", unit, s.getMonthStart(), s.getSampled()),
                    Fact.of("infection.emergency_antibiotic_prescriptions", unit, s.getMonthStart(), s.getWithAntibiotics()));
            case INPATIENT -> List.of(Fact.of("infection.inpatients_on_antibiotics", unit, s.getMonthStart(), s.getWithAntibiotics()));
        };
        events.publishEvent(new FactsRecorded("infection.prescription_sample", String.valueOf(s.getId()), facts));
    }

    private PrescriptionSampleView view(PrescriptionSample s, String unitName) {
        BigDecimal rate = percent(s.getWithAntibiotics(), s.getSampled());
        BigDecimal limit = targets.limitPercent(s.getSetting());
        BigDecimal perPrescription = s.getWithAntibiotics() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(s.getAntibioticDrugs()).divide(BigDecimal.valueOf(s.getWithAntibiotics()), 2, RoundingMode.HALF_UP);
        return new PrescriptionSampleView(s.getId(), s.getUnitId(), unitName, s.getMonthStart(), s.getSetting(), s.getSampled(),
                s.getWithAntibiotics(), s.getAntibioticDrugs(), s.getInjections(), rate, limit,
                limit != null && rate.compareTo(limit) > 0, perPrescription, percent(s.getInjections(), s.getAntibioticDrugs()),
                s.getRecordedBy(), s.getVersion());
    }

    static BigDecimal percent(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static int count(String field, Integer value) {
        if (value == null) {
            throw DomainException.invalid(field, "infection.error.countRequired");
        }
        if (value < 0 || value > MAX_COUNT) {
            throw DomainException.invalid(field, "infection.error.countRange", MAX_COUNT);
        }
        return value;
    }

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("month", "infection.error.month", text);
        }
    }
}
