package org.yuanwu.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;
import org.yuanwu.training.internal.intern.Intern;
import org.yuanwu.training.internal.intern.InternAccess;
import org.yuanwu.training.internal.intern.InternEvaluation;
import org.yuanwu.training.internal.intern.InternEvaluationRepository;
import org.yuanwu.training.internal.intern.InternIntake;
import org.yuanwu.training.internal.intern.InternRepository;
import org.yuanwu.training.internal.intern.InternRotation;
import org.yuanwu.training.internal.intern.InternRotationRepository;
import org.yuanwu.training.internal.intern.RoundRobin;
import org.yuanwu.training.internal.intern.RotationRules;
import org.yuanwu.training.internal.intern.TutorRules;
import org.yuanwu.training.internal.intern.Weeks;

/**
 * Rotation schedules: each intern's blocks across wards, inside the intake's dates and never two wards on one day;
 * a round-robin generator for a whole intake (then edited by hand); a tutor per block, a staff member of that
 * ward of 护师 rank or above with room for one more intern; the grid per intake and who is at a ward this week.
 */
@Service
@Transactional
public class InternRotationService {

    public static final String RECORD_TYPE = "training_intern_rotation";

    private final InternRotationRepository rotations;
    private final InternRepository interns;
    private final InternEvaluationRepository evaluations;
    private final InternAccess access;
    private final StaffService staff;
    private final ApplicationEventPublisher events;

    InternRotationService(InternRotationRepository rotations, InternRepository interns,
                          InternEvaluationRepository evaluations, InternAccess access, StaffService staff,
                          ApplicationEventPublisher events) {
        this.rotations = rotations;
        this.interns = interns;
        this.evaluations = evaluations;
        this.access = access;
        this.staff = staff;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<InternRotationView> ofIntake(Long intakeId) {
        InternIntake intake = access.intake(intakeId);
        access.readable(intake);
        return views(rotations.activeOfIntake(intakeId));
    }

    @Transactional(readOnly = true)
    public InternRotationView get(Long rotationId) {
        InternRotation r = load(rotationId);
        access.readable(access.intake(r.getIntakeId()));
        return views(List.of(r)).get(0);
    }

    /** Whether the caller may change the rotation (the intake's managers, or the ward's). */
    @Transactional(readOnly = true)
    public boolean mayManage(Long rotationId) {
        InternRotation r = load(rotationId);
        Actor actor = CurrentActor.get();
        InternIntake intake = access.intake(r.getIntakeId());
        return actor.can(Permissions.TRAINING_WRITE)
                && (access.canSeeUnit(actor, intake.getUnitId()) || access.canSeeUnit(actor, r.getUnitId()));
    }

    public InternRotationView add(Long internId, InternRotationForm form) {
        Intern intern = interns.findById(internId)
                .orElseThrow(() -> DomainException.notFound("intern.error.internNotFound", internId));
        InternIntake intake = access.intake(intern.getIntakeId());
        access.manageable(intake);
        access.requireActive(intake);
        if (!intern.isActive()) {
            throw DomainException.conflict("intern.error.internWithdrawn");
        }
        check(intake, form, new RotationRules.Span(null, form.getFromOn(), form.getToOn()), internId);
        Instant now = Instant.now(access.clock());
        InternRotation r = new InternRotation(intake.getId(), internId, now);
        r.place(form.getUnitId(), form.getFromOn(), form.getToOn(), now);
        rotations.save(r);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, r.getId(), intern.getName(), r.snapshot()));
        return views(List.of(r)).get(0);
    }

    public InternRotationView update(Long rotationId, InternRotationForm form) {
        InternRotation r = load(rotationId);
        InternIntake intake = access.intake(r.getIntakeId());
        access.manageable(intake);
        access.requireActive(intake);
        StaleEditException.check(form.getVersion(), r.getVersion());
        check(intake, form, new RotationRules.Span(r.getId(), form.getFromOn(), form.getToOn()), r.getInternId());
        Map<String, Object> before = r.snapshot();
        r.place(form.getUnitId(), form.getFromOn(), form.getToOn(), Instant.now(access.clock()));
        if (r.getTutorStaffId() != null) {
            checkTutorRoom(intake, r, r.getTutorStaffId());
        }
        rotations.saveAndFlush(r);
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, rotationId, summary(r), before, r.snapshot()));
        return views(List.of(r)).get(0);
    }

    /** Takes a block out of the schedule with a reason; it stays on record with what was taught in it. */
    public InternRotationView remove(Long rotationId, String reason, Long version) {
        InternRotation r = load(rotationId);
        InternIntake intake = access.intake(r.getIntakeId());
        access.manageable(intake);
        StaleEditException.check(version, r.getVersion());
        if (r.getRemovedReason() != null) {
            throw DomainException.conflict("intern.error.rotationRemoved");
        }
        String why = InternIntakeService.requiredReason(reason);
        Map<String, Object> before = r.snapshot();
        r.remove(why, Instant.now(access.clock()));
        rotations.saveAndFlush(r);
        events.publishEvent(RecordChanged.of(AuditAction.DEACTIVATE, RECORD_TYPE, rotationId, summary(r), before, r.snapshot()));
        return views(List.of(r)).get(0);
    }

    /**
     * Lays out a round-robin schedule for every active intern of an intake without rotations yet, from the intake's
     * first day; interns already scheduled keep theirs.
     */
    public List<InternRotationView> generate(Long intakeId, InternScheduleRequest request) {
        InternIntake intake = access.intake(intakeId);
        Actor actor = access.manageable(intake);
        access.requireActive(intake);
        List<Long> wards = request == null || request.unitIds() == null ? List.of()
                : request.unitIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wards.isEmpty()) {
            throw DomainException.invalid("unitIds", "intern.error.wardsRequired");
        }
        for (Long w : wards) {
            checkWard(actor, w, "unitIds");
        }
        Integer weeks = request.weeksPerWard();
        if (weeks == null || weeks < 1 || weeks > 26) {
            throw DomainException.invalid("weeksPerWard", "intern.error.weeksRange");
        }
        Set<Long> scheduled = rotations.activeOfIntake(intakeId).stream().map(InternRotation::getInternId)
                .collect(Collectors.toSet());
        List<Intern> pending = interns.findByIntakeIdOrderByStudentNo(intakeId).stream()
                .filter(i -> i.isActive() && !scheduled.contains(i.getId())).toList();
        if (pending.isEmpty()) {
            throw DomainException.conflict("intern.error.nothingToSchedule");
        }
        Instant now = Instant.now(access.clock());
        List<InternRotation> created = new ArrayList<>();
        for (RoundRobin.Slot slot : RoundRobin.schedule(pending.size(), wards, weeks, intake.getStartOn(), intake.getEndOn())) {
            Intern intern = pending.get(slot.internIndex());
            InternRotation r = new InternRotation(intakeId, intern.getId(), now);
            r.place(slot.unitId(), slot.from(), slot.to(), now);
            rotations.save(r);
            events.publishEvent(RecordChanged.created(RECORD_TYPE, r.getId(), intern.getName(), r.snapshot()));
            created.add(r);
        }
        return views(created);
    }

    public InternRotationView assignTutor(Long rotationId, TutorAssignment assignment) {
        InternRotation r = load(rotationId);
        InternIntake intake = access.intake(r.getIntakeId());
        access.rotationManageable(intake, r.getUnitId());
        access.requireActive(intake);
        if (r.getRemovedReason() != null) {
            throw DomainException.conflict("intern.error.rotationRemoved");
        }
        StaleEditException.check(assignment == null ? null : assignment.version(), r.getVersion());
        Long staffId = assignment.tutorStaffId();
        if (staffId != null) {
            StaffView tutor = access.staffMember(staffId)
                    .orElseThrow(() -> DomainException.invalid("tutorStaffId", "intern.error.tutorUnknown", staffId));
            if (!r.getUnitId().equals(tutor.unitId())) {
                throw DomainException.invalid("tutorStaffId", "intern.error.tutorNotInWard", tutor.name());
            }
            if (tutor.status() != StaffStatus.ACTIVE) {
                throw DomainException.invalid("tutorStaffId", "intern.error.tutorNotActive", tutor.name());
            }
            if (!TutorRules.rankQualifies(tutor.title())) {
                throw DomainException.invalid("tutorStaffId", "intern.error.tutorRank", tutor.name(),
                        tutor.title() == null ? "—" : tutor.title().zh());
            }
            checkTutorRoom(intake, r, staffId);
        }
        Map<String, Object> before = r.snapshot();
        r.assignTutor(staffId, Instant.now(access.clock()));
        rotations.saveAndFlush(r);
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, rotationId, summary(r), before, r.snapshot()));
        return views(List.of(r)).get(0);
    }

    private void checkTutorRoom(InternIntake intake, InternRotation r, Long staffId) {
        long concurrent = rotations.concurrentOfTutor(staffId, r.getId() == null ? -1L : r.getId(), r.getFromOn(), r.getToOn());
        if (!TutorRules.hasRoom(concurrent, intake.getMaxInternsPerTutor())) {
            throw DomainException.invalid("tutorStaffId", "intern.error.tutorFull", access.names().staff(staffId),
                    String.valueOf(intake.getMaxInternsPerTutor()));
        }
    }

    /** Staff of the rotation's ward who may tutor (active, 护师 or above); empty without STAFF_READ. */
    @Transactional(readOnly = true)
    public List<StaffView> tutorCandidates(Long unitId) {
        Actor actor = CurrentActor.get();
        if (!actor.can(Permissions.STAFF_READ) || !access.canSeeUnit(actor, unitId)) {
            return List.of();
        }
        return staff.search(new StaffFilter(null, unitId, null, StaffStatus.ACTIVE, null, null),
                        PageRequest.of(0, 200, Sort.by("name"))).getContent().stream()
                .filter(s -> unitId.equals(s.unitId()) && TutorRules.rankQualifies(s.title())).toList();
    }

    // ---------------------------------------------------------------- grids

    @Transactional(readOnly = true)
    public InternGrid grid(Long intakeId) {
        InternIntake intake = access.intake(intakeId);
        access.readable(intake);
        List<LocalDate> weeks = Weeks.mondays(intake.getStartOn(), intake.getEndOn());
        Map<Long, String> names = new HashMap<>();
        interns.findByIntakeIdOrderByStudentNo(intakeId).forEach(i -> names.put(i.getId(), i.getName()));
        InternAccess.Names unitNames = access.names();
        Map<Long, List<List<String>>> byWard = new LinkedHashMap<>();
        for (InternRotation r : rotations.activeOfIntake(intakeId)) {
            List<List<String>> cells = byWard.computeIfAbsent(r.getUnitId(), k -> {
                List<List<String>> empty = new ArrayList<>();
                weeks.forEach(w -> empty.add(new ArrayList<>()));
                return empty;
            });
            for (int i = 0; i < weeks.size(); i++) {
                LocalDate w = weeks.get(i);
                if (RotationRules.overlaps(w, w.plusDays(6), r.getFromOn(), r.getToOn())) {
                    cells.get(i).add(names.get(r.getInternId()));
                }
            }
        }
        List<InternGrid.Row> rows = byWard.entrySet().stream()
                .map(e -> new InternGrid.Row(e.getKey(), unitNames.unit(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(InternGrid.Row::unitName)).toList();
        return new InternGrid(weeks, rows);
    }

    /** The interns at a ward in the week of {@code day}, across all intakes. */
    @Transactional(readOnly = true)
    public List<InternRotationView> atWard(Long unitId, LocalDate day) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_READ);
        if (!access.canSeeUnit(actor, unitId)) {
            throw new AccessDeniedProblem();
        }
        LocalDate monday = Weeks.monday(day);
        return views(rotations.activeAtUnit(unitId, monday, monday.plusDays(6)));
    }

    // ---------------------------------------------------------------- internals

    private void check(InternIntake intake, InternRotationForm form, RotationRules.Span span, Long internId) {
        Actor actor = CurrentActor.get();
        if (form.getUnitId() == null) {
            throw DomainException.invalid("unitId", "intern.error.wardRequired");
        }
        checkWard(actor, form.getUnitId(), "unitId");
        if (form.getFromOn() == null) {
            throw DomainException.invalid("fromOn", "intern.error.fromRequired");
        }
        if (form.getToOn() == null) {
            throw DomainException.invalid("toOn", "intern.error.toRequired");
        }
        if (form.getToOn().isBefore(form.getFromOn())) {
            throw DomainException.invalid("toOn", "intern.error.toBeforeFrom");
        }
        if (!RotationRules.within(form.getFromOn(), form.getToOn(), intake.getStartOn(), intake.getEndOn())) {
            throw DomainException.invalid("fromOn", "intern.error.outsideIntake", intake.getStartOn().toString(),
                    intake.getEndOn().toString());
        }
        List<RotationRules.Span> others = rotations.activeOfIntern(internId).stream().map(InternRotation::span).toList();
        RotationRules.firstOverlap(span, others).ifPresent(o -> {
            throw DomainException.invalid("fromOn", "intern.error.overlap", o.from().toString(), o.to().toString());
        });
    }

    private void checkWard(Actor actor, Long unitId, String field) {
        UnitView unit = access.unit(unitId)
                .orElseThrow(() -> DomainException.invalid(field, "intern.error.unitUnknown", unitId));
        if (unit.kind() != OrgUnitKind.WARD && unit.kind() != OrgUnitKind.DEPARTMENT) {
            throw DomainException.invalid(field, "intern.error.notAWard", unit.name());
        }
        if (!unit.active()) {
            throw DomainException.invalid(field, "intern.error.unitInactive", unit.name());
        }
    }

    private InternRotation load(Long id) {
        return rotations.findById(id).orElseThrow(() -> DomainException.notFound("intern.error.rotationNotFound", id));
    }

    private String summary(InternRotation r) {
        return interns.findById(r.getInternId()).map(Intern::getName).orElse("#" + r.getInternId())
                + " " + r.getFromOn() + "~" + r.getToOn();
    }

    List<InternRotationView> views(List<InternRotation> list) {
        InternAccess.Names names = access.names();
        Map<Long, String> internNames = new HashMap<>();
        Set<String> rated = new HashSet<>();
        List<Long> ids = list.stream().map(InternRotation::getId).toList();
        if (!ids.isEmpty()) {
            for (InternEvaluation e : evaluations.findByRotationIdIn(ids)) {
                rated.add(e.getRotationId() + ":" + e.getDirection());
            }
        }
        List<InternRotationView> views = new ArrayList<>();
        for (InternRotation r : list) {
            String internName = internNames.computeIfAbsent(r.getInternId(),
                    k -> interns.findById(k).map(Intern::getName).orElse("#" + k));
            views.add(new InternRotationView(r.getId(), r.getIntakeId(), r.getInternId(), internName, r.getUnitId(),
                    names.unit(r.getUnitId()), r.getFromOn(), r.getToOn(), r.getTutorStaffId(),
                    names.staff(r.getTutorStaffId()),
                    rated.contains(r.getId() + ":" + InternEvaluationDirection.INTERN_RATES_TUTOR),
                    rated.contains(r.getId() + ":" + InternEvaluationDirection.TUTOR_RATES_INTERN), r.getVersion()));
        }
        return views;
    }
}
