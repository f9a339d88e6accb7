package org.yuanwu.infection;

import org.yuanwu.common.HospitalTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
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
import org.yuanwu.infection.internal.InfectionScope;
import org.yuanwu.infection.internal.SterilizationRules;
import org.yuanwu.infection.internal.Sterilizer;
import org.yuanwu.infection.internal.SterilizerLoad;
import org.yuanwu.infection.internal.SterilizerLoadRepository;
import org.yuanwu.infection.internal.SterilizerRepository;
import org.yuanwu.organization.UnitView;

/**
 * Sterilizer loads and their monitoring: a pre-vacuum sterilizer's day starts with a passing Bowie-Dick test, every load
 * carries a chemical result, a biological result is due weekly, and a biological failure recalls every load since the
 * last pass. Each load publishes whether its monitoring passed (the sterilisation pass rate).
 */
@Service
@Transactional
public class SterilizationService {

    public static final String RECORD_TYPE = "infection_sterilizer_load";
    static final ZoneId ZONE = HospitalTime.ZONE;

    private final SterilizerRepository sterilizers;
    private final SterilizerLoadRepository loads;
    private final InfectionScope scope;
    private final ApplicationEventPublisher events;

    SterilizationService(SterilizerRepository sterilizers, SterilizerLoadRepository loads, InfectionScope scope,
                         ApplicationEventPublisher events) {
        this.sterilizers = sterilizers;
        this.loads = loads;
        this.scope = scope;
        this.events = events;
    }

    public SterilizerView register(Long unitId, String name, SterilizerKind kind) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_REPORT);
        UnitView unit = scope.visibleUnit(actor, unitId);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw DomainException.invalid("name", "infection.error.required");
        }
        if (n.length() > 100) {
            throw DomainException.invalid("name", "error.tooLong", 100);
        }
        if (kind == null) {
            throw DomainException.invalid("kind", "infection.error.required");
        }
        Sterilizer s = new Sterilizer(unit.id(), n, kind);
        sterilizers.saveAndFlush(s);
        events.publishEvent(RecordChanged.created("infection_sterilizer", s.getId(), unit.name() + " " + n, s.snapshot()));
        return view(s, unit.name());
    }

    @Transactional(readOnly = true)
    public List<SterilizerView> sterilizers() {
        Actor actor = CurrentActor.require(Permissions.INFECTION_READ);
        Map<Long, String> names = new HashMap<>();
        return visibleSterilizers(actor).stream().map(s -> view(s, names.computeIfAbsent(s.getUnitId(), scope::name))).toList();
    }

    private List<Sterilizer> visibleSterilizers(Actor actor) {
        Collection<Long> visible = scope.visibleUnitIds(actor);
        return visible == null ? sterilizers.findAllByOrderByName() : sterilizers.findByUnitIdInOrderByName(visible);
    }

    /** Records a load; refused when the day's Bowie-Dick test is missing or failed on a pre-vacuum sterilizer. */
    public LoadView recordLoad(Long sterilizerId, LoadForm f) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_REPORT);
        Sterilizer s = load(actor, sterilizerId);
        if (f.loadDate() == null || f.loadDate().isAfter(LocalDate.now(ZONE))) {
            throw DomainException.invalid("loadDate", "infection.error.loadDate");
        }
        if (f.packs() == null || f.packs() < 1 || f.packs() > 10_000) {
            throw DomainException.invalid("packs", "infection.error.packs");
        }
        if (f.chemical() == null || f.chemical() == TestResult.PENDING) {
            throw DomainException.invalid("chemical", "infection.error.chemicalRequired");
        }
        List<SterilizerLoad> today = loads.findBySterilizerIdAndLoadDateOrderByLoadNo(s.getId(), f.loadDate());
        TestResult bowieDick = f.bowieDick();
        if (s.getKind().needsBowieDick()) {
            if (today.isEmpty()) {
                if (bowieDick == null || bowieDick == TestResult.PENDING) {
                    throw DomainException.invalid("bowieDick", "infection.error.bowieDickRequired");
                }
            } else {
                if (today.get(0).getBowieDick() == TestResult.FAIL) {
                    throw DomainException.conflict("infection.error.bowieDickFailedToday", s.getName());
                }
                bowieDick = null; // the day's test is the first load's
            }
        } else {
            bowieDick = null;
        }
        SterilizerLoad l = new SterilizerLoad(s.getId(), f.loadDate(), today.size() + 1, f.packs(), bowieDick, f.chemical(),
                f.biological(), note(f.note()), actor.username(), Instant.now());
        loads.saveAndFlush(l);
        publish(l, s);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, l.getId(), s.getName() + " " + l.getLoadDate() + " #" + l.getLoadNo(),
                l.snapshot()));
        if (l.getBiological() == TestResult.FAIL) {
            recallSince(s, l);
        }
        return view(l, s.getName());
    }

    /** Records an incubated biological indicator; a failure recalls the sterilizer's loads since the last pass. */
    public LoadView biological(Long loadId, Long version, TestResult result) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_REPORT);
        SterilizerLoad l = loads.findById(loadId).orElseThrow(() -> DomainException.notFound("infection.error.loadNotFound", loadId));
        Sterilizer s = load(actor, l.getSterilizerId());
        StaleEditException.check(version, l.getVersion());
        if (result == null || result == TestResult.PENDING) {
            throw DomainException.invalid("biological", "infection.error.biologicalResult");
        }
        Map<String, Object> before = l.snapshot();
        l.biological(result);
        loads.saveAndFlush(l);
        publish(l, s);
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, l.getId(), s.getName() + " " + l.getLoadDate(), before, l.snapshot()));
        if (result == TestResult.FAIL) {
            recallSince(s, l);
        }
        return view(l, s.getName());
    }

    private void recallSince(Sterilizer s, SterilizerLoad failed) {
        for (SterilizerLoad l : loads.findBySterilizerIdOrderByLoadDateDescLoadNoDesc(s.getId())) {
            boolean after = l.getLoadDate().isAfter(failed.getLoadDate())
                    || (l.getLoadDate().equals(failed.getLoadDate()) && l.getLoadNo() > failed.getLoadNo());
            if (after) {
                continue; // later loads are judged by their own monitoring
            }
            if (!l.getId().equals(failed.getId()) && l.getBiological() == TestResult.PASS) {
                break;
            }
            if (!l.isRecalled()) {
                Map<String, Object> before = l.snapshot();
                l.recall();
                loads.save(l);
                publish(l, s);
                events.publishEvent(RecordChanged.updated(RECORD_TYPE, l.getId(), s.getName() + " " + l.getLoadDate(), before,
                        l.snapshot()));
            }
        }
        loads.flush();
    }

    @Transactional(readOnly = true)
    public List<LoadView> loads(Long sterilizerId, int limit) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_READ);
        Sterilizer s = load(actor, sterilizerId);
        return loads.findBySterilizerIdOrderByLoadDateDescLoadNoDesc(s.getId()).stream().limit(Math.max(1, limit))
                .map(l -> view(l, s.getName())).toList();
    }

    /** Loads recalled after a biological failure, newest first, of the sterilizers in scope. */
    @Transactional(readOnly = true)
    public List<LoadView> recalls() {
        Actor actor = CurrentActor.require(Permissions.INFECTION_READ);
        Map<Long, Sterilizer> visible = new HashMap<>();
        visibleSterilizers(actor).forEach(s -> visible.put(s.getId(), s));
        List<LoadView> out = new ArrayList<>();
        for (SterilizerLoad l : loads.findByRecalledTrueOrderByLoadDateDescLoadNoDesc()) {
            Sterilizer s = visible.get(l.getSterilizerId());
            if (s != null) {
                out.add(view(l, s.getName()));
            }
        }
        return out;
    }

    private void publish(SterilizerLoad l, Sterilizer s) {
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("infection.sterilization_tested", s.getUnitId(), l.getLoadDate(), 1));
        facts.add(Fact.of("infection.sterilization_passed", s.getUnitId(), l.getLoadDate(), l.passed() ? 1 : 0));
        events.publishEvent(new FactsRecorded("infection.sterilizer_load", String.valueOf(l.getId()), facts));
    }

    private Sterilizer load(Actor actor, Long id) {
        Sterilizer s = sterilizers.findById(id).orElseThrow(() -> DomainException.notFound("infection.error.sterilizerNotFound", id));
        scope.visibleUnit(actor, s.getUnitId());
        return s;
    }

    private SterilizerView view(Sterilizer s, String unitName) {
        List<SterilizerLoad> newestFirst = loads.findBySterilizerIdOrderByLoadDateDescLoadNoDesc(s.getId());
        LocalDate lastLoad = newestFirst.isEmpty() ? null : newestFirst.get(0).getLoadDate();
        LocalDate lastBio = newestFirst.stream()
                .filter(l -> l.getBiological() == TestResult.PASS || l.getBiological() == TestResult.FAIL)
                .map(SterilizerLoad::getLoadDate).findFirst().orElse(null);
        return new SterilizerView(s.getId(), s.getUnitId(), unitName, s.getName(), s.getKind(), lastLoad, lastBio,
                SterilizationRules.biologicalDue(lastBio, LocalDate.now(ZONE)), s.getVersion());
    }

    private static LoadView view(SterilizerLoad l, String sterilizerName) {
        return new LoadView(l.getId(), l.getSterilizerId(), sterilizerName, l.getLoadDate(), l.getLoadNo(), l.getPacks(),
                l.getBowieDick(), l.getChemical(), l.getBiological(), l.isReleased(), l.isRecalled(), l.getNote(),
                l.getRecordedBy(), l.getRecordedAt(), l.getVersion());
    }

    private static String note(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String v = text.strip();
        if (v.length() > 500) {
            throw DomainException.invalid("note", "error.tooLong", 500);
        }
        return v;
    }
}
