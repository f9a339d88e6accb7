package org.yuanwu.party;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.UnitView;
import org.yuanwu.party.internal.Attendance;
import org.yuanwu.party.internal.StudySession;
import org.yuanwu.party.internal.StudySessionRepository;

/**
 * Weekly political study by department: sessions with their hours and attendance, and the weekly check against
 * the required hours ({@code yuanwu.party.study-hours-per-week}, two by default) for every department and ward the
 * caller sees.
 */
@Service
@Transactional
public class StudyService {

    public static final String RECORD_TYPE = "party_study_session";
    private static final BigDecimal MAX_HOURS = new BigDecimal("12");

    private final StudySessionRepository sessions;
    private final PartySupport support;
    private final BigDecimal hoursPerWeek;

    StudyService(StudySessionRepository sessions, PartySupport support,
                 @Value("${yuanwu.party.study-hours-per-week:2}") BigDecimal hoursPerWeek) {
        this.sessions = sessions;
        this.support = support;
        this.hoursPerWeek = hoursPerWeek;
    }

    /** The hospital's date today. */
    public LocalDate today() {
        return support.today();
    }

    public BigDecimal hoursPerWeek() {
        return hoursPerWeek;
    }

    @Transactional(readOnly = true)
    public Page<StudyView> search(Long unitId, LocalDate from, LocalDate to, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.PARTY_READ);
        Collection<Long> scoped = support.visibleUnitIds(actor);
        Collection<Long> filtered = unitId == null ? null : support.units.subtreeIds(unitId);
        Map<Long, String> names = new HashMap<>();
        return sessions.findAll((root, q, cb) -> {
            var where = cb.conjunction();
            if (scoped != null) {
                where = cb.and(where, scoped.isEmpty() ? cb.disjunction() : root.get("unitId").in(scoped));
            }
            if (filtered != null) {
                where = cb.and(where, filtered.isEmpty() ? cb.disjunction() : root.get("unitId").in(filtered));
            }
            if (from != null) {
                where = cb.and(where, cb.greaterThanOrEqualTo(root.get("heldOn"), from));
            }
            if (to != null) {
                where = cb.and(where, cb.lessThanOrEqualTo(root.get("heldOn"), to));
            }
            return where;
        }, pageable).map(s -> view(s, names, false));
    }

    @Transactional(readOnly = true)
    public StudyView get(Long id) {
        StudySession s = load(id);
        Actor actor = CurrentActor.require(Permissions.PARTY_READ);
        if (!support.canSee(actor, s.getUnitId())) {
            throw new AccessDeniedProblem();
        }
        return view(s, new HashMap<>(), true);
    }

    public StudyView record(StudyForm form) {
        Actor actor = CurrentActor.require(Permissions.PARTY_WRITE);
        Map<Long, Attendance> attendance = check(form, actor);
        StudySession s = new StudySession(actor.username(), support.now());
        s.apply(form.getUnitId(), form.getHeldOn(), form.getTopic().strip(), form.getHours(), attendance, support.now());
        sessions.saveAndFlush(s);
        support.created(RECORD_TYPE, s.getId(), s.getTopic(), s.snapshot());
        return view(s, new HashMap<>(), true);
    }

    public StudyView update(Long id, StudyForm form) {
        StudySession s = load(id);
        Actor actor = writable(s);
        StaleEditException.check(form.getVersion(), s.getVersion());
        if (s.getCancelReason() != null) {
            throw DomainException.conflict("party.error.studyCancelled");
        }
        Map<Long, Attendance> attendance = check(form, actor);
        Map<String, Object> before = s.snapshot();
        s.apply(form.getUnitId(), form.getHeldOn(), form.getTopic().strip(), form.getHours(), attendance, support.now());
        sessions.saveAndFlush(s);
        support.updated(RECORD_TYPE, id, s.getTopic(), before, s.snapshot());
        return view(s, new HashMap<>(), true);
    }

    public StudyView cancel(Long id, String reason, Long version) {
        StudySession s = load(id);
        writable(s);
        StaleEditException.check(version, s.getVersion());
        if (s.getCancelReason() != null) {
            throw DomainException.conflict("party.error.studyCancelled");
        }
        String why = PartySupport.reason(reason);
        Map<String, Object> before = s.snapshot();
        s.cancel(why, support.now());
        sessions.saveAndFlush(s);
        support.deactivated(RECORD_TYPE, id, s.getTopic(), before, s.snapshot());
        return view(s, new HashMap<>(), true);
    }

    /**
     * The weeks whose Monday falls in [from, to] for every department and ward the caller sees (or those within
     * {@code unitId}), each with its hours, attendance and whether it fell short of the weekly hours.
     */
    @Transactional(readOnly = true)
    public List<StudyWeek> weeks(Long unitId, LocalDate from, LocalDate to) {
        CurrentActor.require(Permissions.PARTY_READ);
        if (from == null || to == null || to.isBefore(from) || from.plusYears(1).isBefore(to)) {
            throw DomainException.invalid("from", "party.error.studyRange");
        }
        Set<Long> wanted = unitId == null ? null : new HashSet<>(support.units.subtreeIds(unitId));
        List<UnitView> departments = support.units.allVisible(true).stream()
                .filter(u -> u.kind() == OrgUnitKind.DEPARTMENT || u.kind() == OrgUnitKind.WARD)
                .filter(u -> wanted == null || wanted.contains(u.id())).toList();
        if (departments.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StudyHours.Session>> byUnit = new HashMap<>();
        for (StudySession s : sessions.findByUnitIdInAndHeldOnBetweenAndCancelReasonIsNull(
                departments.stream().map(UnitView::id).toList(), StudyHours.weekStart(from), to.plusDays(6))) {
            int present = (int) s.getAttendance().values().stream().filter(Attendance::isPresent).count();
            byUnit.computeIfAbsent(s.getUnitId(), k -> new ArrayList<>())
                    .add(new StudyHours.Session(s.getHeldOn(), s.getHours(), present, s.getAttendance().size()));
        }
        List<StudyWeek> out = new ArrayList<>();
        for (UnitView u : departments) {
            out.addAll(StudyHours.weeks(u.id(), u.name(), byUnit.getOrDefault(u.id(), List.of()), from, to, hoursPerWeek));
        }
        return out;
    }

    private Map<Long, Attendance> check(StudyForm form, Actor actor) {
        if (form.getHeldOn() == null) {
            throw DomainException.invalid("heldOn", "party.error.dateRequired");
        }
        if (form.getHeldOn().isAfter(support.today())) {
            throw DomainException.invalid("heldOn", "party.error.dateFuture");
        }
        PartySupport.required(form.getTopic(), "topic", "party.error.topicRequired", 200);
        if (form.getHours() == null || form.getHours().signum() <= 0 || form.getHours().compareTo(MAX_HOURS) > 0
                || form.getHours().stripTrailingZeros().scale() > 1) {
            throw DomainException.invalid("hours", "party.error.hoursRange");
        }
        support.unitInScope(actor, form.getUnitId(), "unitId");
        Set<Long> present = new HashSet<>(form.getPresentStaffIds());
        Map<Long, Attendance> out = new LinkedHashMap<>();
        for (Long id : form.getPresentStaffIds()) {
            support.staffMember(id, "presentStaffIds");
            out.put(id, new Attendance(true, null));
        }
        Set<Long> absent = new java.util.LinkedHashSet<>(form.getAbsentStaffIds());
        form.getListedStaffIds().stream().filter(id -> !present.contains(id)).forEach(absent::add);
        for (Long id : absent) {
            if (present.contains(id)) {
                throw DomainException.invalid("absentStaffIds", "party.error.presentAndAbsent");
            }
            support.staffMember(id, "absentStaffIds");
            out.put(id, new Attendance(false, PartySupport.limited(form.getAbsenceReasons().get(id), "absenceReasons", 200)));
        }
        return out;
    }

    private Actor writable(StudySession s) {
        Actor actor = CurrentActor.require(Permissions.PARTY_WRITE);
        if (!support.canSee(actor, s.getUnitId())) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    private StudySession load(Long id) {
        return sessions.findById(id).orElseThrow(() -> DomainException.notFound("party.error.studyNotFound", id));
    }

    private StudyView view(StudySession s, Map<Long, String> names, boolean withAttendance) {
        int present = (int) s.getAttendance().values().stream().filter(Attendance::isPresent).count();
        Map<Long, String> staffNames = new HashMap<>();
        List<AttendanceView> attendance = !withAttendance ? List.of() : s.getAttendance().entrySet().stream()
                .map(e -> new AttendanceView(e.getKey(), support.staffName(e.getKey(), staffNames), e.getValue().isPresent(),
                        e.getValue().getAbsenceReason())).toList();
        return new StudyView(s.getId(), s.getUnitId(), support.unitName(s.getUnitId(), names), s.getHeldOn(), s.getTopic(),
                s.getHours(), present, s.getAttendance().size() - present, attendance, s.getCancelReason(), s.getCreatedBy(),
                s.getVersion());
    }
}
