package org.yuanwu.infection;

import org.yuanwu.common.HospitalTime;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.indicator.Fact;
import org.yuanwu.indicator.FactsRecorded;
import org.yuanwu.infection.internal.InfectionScope;
import org.yuanwu.infection.internal.WasteHandover;
import org.yuanwu.infection.internal.WasteHandoverRepository;
import org.yuanwu.organization.UnitView;

/**
 * Medical waste: signed handovers from departments to temporary storage and from storage to the disposal company.
 * Nothing is edited after signing: a correction is a new signed record that supersedes the old one, both kept. Gaps are
 * listed: a department that hands over regularly but not on a working day, and a day whose storage outflow does not
 * match its inflow. Handovers to storage count as waste produced, to disposal as waste handed over (recovery rate).
 */
@Service
@Transactional
public class WasteService {

    public static final String RECORD_TYPE = "infection_waste_handover";
    static final ZoneId ZONE = HospitalTime.ZONE;
    static final BigDecimal MAX_KG = new BigDecimal("100000");

    private final WasteHandoverRepository handovers;
    private final InfectionScope scope;
    private final ApplicationEventPublisher events;

    WasteService(WasteHandoverRepository handovers, InfectionScope scope, ApplicationEventPublisher events) {
        this.handovers = handovers;
        this.scope = scope;
        this.events = events;
    }

    public WasteView record(WasteForm f) {
        return save(f, null, null);
    }

    /** Corrects a signed handover: the new record supersedes it; the reason is required and both stay on file. */
    public WasteView correct(Long id, WasteForm f, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw DomainException.invalid("reason", "infection.error.correctionReasonRequired");
        }
        return save(f, id, why.length() > 500 ? why.substring(0, 500) : why);
    }

    private WasteView save(WasteForm f, Long correctionOf, String reason) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_REPORT);
        UnitView unit = scope.visibleUnit(actor, f.unitId());
        WasteHandover original = null;
        if (correctionOf != null) {
            original = handovers.findById(correctionOf)
                    .orElseThrow(() -> DomainException.notFound("infection.error.wasteNotFound", correctionOf));
            scope.visibleUnit(actor, original.getUnitId());
            if (original.getSupersededBy() != null) {
                throw DomainException.conflict("infection.error.wasteSuperseded", original.getSupersededBy());
            }
        }
        if (f.handoverDate() == null || f.handoverDate().isAfter(LocalDate.now(ZONE))) {
            throw DomainException.invalid("handoverDate", "infection.error.handoverDate");
        }
        if (f.stage() == null) {
            throw DomainException.invalid("stage", "infection.error.required");
        }
        if (f.category() == null) {
            throw DomainException.invalid("category", "infection.error.required");
        }
        if (f.bags() == null || f.bags() < 1 || f.bags() > 10_000) {
            throw DomainException.invalid("bags", "infection.error.bags");
        }
        if (f.weightKg() == null || f.weightKg().signum() <= 0 || f.weightKg().compareTo(MAX_KG) > 0) {
            throw DomainException.invalid("weightKg", "infection.error.weight");
        }
        if (!Boolean.TRUE.equals(f.sealed())) {
            throw DomainException.invalid("sealed", "infection.error.notSealed");
        }
        String handedBy = signer("handedBy", f.handedBy(), 64);
        String receivedBy = signer("receivedBy", f.receivedBy(), 100);
        String company = f.disposalCompany() == null || f.disposalCompany().isBlank() ? null : f.disposalCompany().strip();
        if (f.stage() == WasteStage.TO_DISPOSAL && company == null) {
            throw DomainException.invalid("disposalCompany", "infection.error.companyRequired");
        }
        WasteHandover h = new WasteHandover(unit.id(), f.handoverDate(), f.stage(), f.category(), f.bags(), f.weightKg(), handedBy,
                receivedBy, company == null ? null : company.substring(0, Math.min(100, company.length())), correctionOf, reason,
                actor.username(), Instant.now());
        handovers.saveAndFlush(h);
        publish(h);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, h.getId(), unit.name() + " " + h.getHandoverDate(), h.snapshot()));
        if (original != null) {
            var before = original.snapshot();
            original.supersede(h.getId());
            handovers.saveAndFlush(original);
            events.publishEvent(FactsRecorded.withdrawn("infection.waste", String.valueOf(original.getId())));
            events.publishEvent(RecordChanged.updated(RECORD_TYPE, original.getId(), unit.name() + " " + original.getHandoverDate(),
                    before, original.snapshot()));
        }
        return view(h, unit.name());
    }

    /** Current (not superseded) handovers in the period, of the units in scope, newest first. */
    @Transactional(readOnly = true)
    public List<WasteView> handovers(LocalDate from, LocalDate to) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_READ);
        Collection<Long> visible = scope.visibleUnitIds(actor);
        Map<Long, String> names = new HashMap<>();
        return handovers.findByHandoverDateBetweenAndSupersededByIsNullOrderByHandoverDateDescIdDesc(from, to).stream()
                .filter(h -> visible == null || visible.contains(h.getUnitId()))
                .map(h -> view(h, names.computeIfAbsent(h.getUnitId(), scope::name))).toList();
    }

    /**
     * Gaps in the period: departments that handed over to storage at least once in it but not on some working day
     * (Monday–Friday), and days on which the weight taken to disposal differs from the weight brought to storage for
     * a category (storage is emptied daily, as the rules require).
     */
    @Transactional(readOnly = true)
    public List<WasteGap> gaps(LocalDate from, LocalDate to) {
        List<WasteView> all = handovers(from, to);
        Map<Long, Set<LocalDate>> daysByUnit = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        Map<LocalDate, Map<WasteCategory, BigDecimal[]>> flows = new TreeMap<>();
        for (WasteView h : all) {
            if (h.stage() == WasteStage.TO_STORAGE) {
                daysByUnit.computeIfAbsent(h.unitId(), k -> new HashSet<>()).add(h.handoverDate());
                names.put(h.unitId(), h.unitName());
            }
            BigDecimal[] flow = flows.computeIfAbsent(h.handoverDate(), k -> new EnumMap<>(WasteCategory.class))
                    .computeIfAbsent(h.category(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            flow[h.stage() == WasteStage.TO_STORAGE ? 0 : 1] = flow[h.stage() == WasteStage.TO_STORAGE ? 0 : 1].add(h.weightKg());
        }
        List<WasteGap> gaps = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (Map.Entry<Long, Set<LocalDate>> e : daysByUnit.entrySet()) {
                if (!e.getValue().contains(d)) {
                    gaps.add(new WasteGap(d, e.getKey(), names.get(e.getKey()), null, null, null));
                }
            }
        }
        flows.forEach((date, byCategory) -> byCategory.forEach((category, flow) -> {
            if (flow[0].compareTo(flow[1]) != 0) {
                gaps.add(new WasteGap(date, null, null, category, flow[0], flow[1]));
            }
        }));
        gaps.sort(java.util.Comparator.comparing(WasteGap::date));
        return gaps;
    }

    private void publish(WasteHandover h) {
        String measure = h.getStage() == WasteStage.TO_STORAGE ? "infection.waste_produced_kg" : "infection.waste_handed_over_kg";
        events.publishEvent(new FactsRecorded("infection.waste", String.valueOf(h.getId()),
                List.of(new Fact(measure, h.getUnitId(), h.getHandoverDate(), h.getWeightKg()))));
    }

    private static String signer(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw DomainException.invalid(field, "infection.error.signerRequired");
        }
        if (v.length() > max) {
            throw DomainException.invalid(field, "error.tooLong", max);
        }
        return v;
    }

    static WasteView view(WasteHandover h, String unitName) {
        return new WasteView(h.getId(), h.getUnitId(), unitName, h.getHandoverDate(), h.getStage(), h.getCategory(), h.getBags(),
                h.getWeightKg(), h.getHandedBy(), h.getReceivedBy(), h.getDisposalCompany(), h.getCorrectionOf(), h.getSupersededBy(),
                h.getCorrectionReason(), h.getRecordedBy(), h.getRecordedAt());
    }
}
