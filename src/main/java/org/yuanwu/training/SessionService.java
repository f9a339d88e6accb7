package org.yuanwu.training;

import org.yuanwu.common.HospitalTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
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
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserView;
import org.yuanwu.indicator.Fact;
import org.yuanwu.indicator.FactsRecorded;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ScopeGuard;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;
import org.yuanwu.training.internal.course.AudienceRules;
import org.yuanwu.training.internal.course.Course;
import org.yuanwu.training.internal.course.CourseRepository;
import org.yuanwu.training.internal.course.Invitee;
import org.yuanwu.training.internal.course.InviteeRepository;
import org.yuanwu.training.internal.course.Material;
import org.yuanwu.training.internal.course.MaterialFiles;
import org.yuanwu.training.internal.course.MaterialRepository;
import org.yuanwu.training.internal.course.SignInCodes;
import org.yuanwu.training.internal.course.SignInWindow;
import org.yuanwu.training.internal.course.TrainingSession;
import org.yuanwu.training.internal.course.TrainingSessionRepository;

/**
 * Sessions of a course: scheduling with the invited audience resolved to a stored list of staff,
 * attendance ticked by the organiser or signed in by the trainee with the session's code, course
 * materials, and cancelling. A held session publishes its invited / attended facts; a cancelled
 * one withdraws them.
 */
@Service
@Transactional
public class SessionService {

    public static final String RECORD_TYPE = "training_session";
    public static final String FACT_SOURCE = "training.session";
    public static final ZoneId ZONE = HospitalTime.ZONE;
    static final int MAX_AUDIENCE = 20_000;

    private final TrainingSessionRepository sessions;
    private final CourseRepository courses;
    private final InviteeRepository invitees;
    private final MaterialRepository materials;
    private final OrgUnitService units;
    private final StaffService staff;
    private final UserAccounts users;
    private final ScopeGuard scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionService(TrainingSessionRepository sessions, CourseRepository courses, InviteeRepository invitees,
                   MaterialRepository materials, OrgUnitService units, StaffService staff, UserAccounts users,
                   ScopeGuard scope, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.sessions = sessions;
        this.courses = courses;
        this.invitees = invitees;
        this.materials = materials;
        this.units = units;
        this.staff = staff;
        this.users = users;
        this.scope = scope;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public List<SessionView> ofCourse(Long courseId) {
        Course course = loadCourse(courseId);
        readableCourse(course);
        return views(course, sessions.findByCourseIdOrderByStartsAtDesc(courseId));
    }

    @Transactional(readOnly = true)
    public SessionView get(Long id) {
        TrainingSession s = load(id);
        Course course = loadCourse(s.getCourseId());
        readable(s, course);
        return views(course, List.of(s)).get(0);
    }

    @Transactional(readOnly = true)
    public List<AttendanceView> attendance(Long id) {
        TrainingSession s = load(id);
        readable(s, loadCourse(s.getCourseId()));
        Map<Long, String> names = new HashMap<>();
        return invitees.findBySessionIdOrderByStaffNameAscStaffIdAsc(id).stream()
                .map(i -> view(i, names.computeIfAbsent(i.getUnitId(), this::unitName))).toList();
    }

    /** Whether the current user may change the session (for showing the buttons that will work). */
    @Transactional(readOnly = true)
    public boolean mayWrite(Long id) {
        Actor actor = CurrentActor.get();
        TrainingSession s = load(id);
        return actor.can(Permissions.TRAINING_WRITE) && s.getStatus() != SessionStatus.CANCELLED
                && scope.canSee(actor, loadCourse(s.getCourseId()).getUnitId());
    }

    /** The signed-in trainee's sessions: invited or attended, newest first. */
    @Transactional(readOnly = true)
    public List<SessionMine> mine() {
        Actor actor = CurrentActor.require(Permissions.TRAINING_READ);
        Long staffId = staffIdOf(actor).orElse(null);
        if (staffId == null) {
            return List.of();
        }
        Map<Long, Invitee> mineBySession = invitees.findByStaffId(staffId).stream()
                .collect(Collectors.toMap(Invitee::getSessionId, Function.identity(), (a, b) -> a));
        if (mineBySession.isEmpty()) {
            return List.of();
        }
        List<TrainingSession> list = sessions.findByIdInOrderByStartsAtDesc(mineBySession.keySet());
        Map<Long, Course> courseById = courses.findAllById(list.stream().map(TrainingSession::getCourseId).distinct().toList())
                .stream().collect(Collectors.toMap(Course::getId, Function.identity()));
        Map<Long, SessionView> views = new HashMap<>();
        list.stream().collect(Collectors.groupingBy(TrainingSession::getCourseId)).forEach((courseId, ss) ->
                views(courseById.get(courseId), ss).forEach(v -> views.put(v.id(), v)));
        return list.stream().map(s -> new SessionMine(views.get(s.getId()),
                view(mineBySession.get(s.getId()), unitName(mineBySession.get(s.getId()).getUnitId())))).toList();
    }

    /** Whether the signed-in user is linked to a staff record (sign-in and "my training" need one). */
    @Transactional(readOnly = true)
    public boolean hasStaffRecord() {
        return staffIdOf(CurrentActor.get()).isPresent();
    }

    // ---------------------------------------------------------------- scheduling

    public SessionView create(Long courseId, SessionForm form) {
        Course course = loadCourse(courseId);
        Actor actor = writableCourse(course);
        if (!course.isActive()) {
            throw DomainException.conflict("training.error.courseWithdrawn");
        }
        Checked checked = check(actor, form);
        Instant now = Instant.now(clock);
        TrainingSession s = new TrainingSession(courseId, freshCode(), actor.username(), now);
        s.schedule(checked.startsAt, checked.endsAt, form.getPlace(), form.getLecturerStaffId(), checked.lecturerName, now);
        s.audience(checked.audience);
        sessions.save(s);
        for (StaffView person : resolve(checked.audience)) {
            invitees.save(new Invitee(s.getId(), person.id(), person.name(), person.unitId(), false));
        }
        events.publishEvent(RecordChanged.created(RECORD_TYPE, s.getId(), course.getTopic(), s.snapshot()));
        return get(s.getId());
    }

    /**
     * Changes time, place, lecturer and audience. While nobody's attendance is recorded the invitee
     * list is resolved again; afterwards it stays as it was (people who moved keep their history).
     */
    public SessionView update(Long id, SessionForm form) {
        TrainingSession s = load(id);
        Course course = loadCourse(s.getCourseId());
        Actor actor = writableCourse(course);
        StaleEditException.check(form.getVersion(), s.getVersion());
        if (s.getStatus() == SessionStatus.CANCELLED) {
            throw DomainException.conflict("training.error.sessionCancelled");
        }
        Checked checked = check(actor, form);
        Map<String, Object> before = s.snapshot();
        Instant now = Instant.now(clock);
        s.schedule(checked.startsAt, checked.endsAt, form.getPlace(), form.getLecturerStaffId(), checked.lecturerName, now);
        List<Invitee> current = invitees.findBySessionIdOrderByStaffNameAscStaffIdAsc(id);
        boolean untouched = current.stream().allMatch(i -> i.getAttendance() == AttendanceStatus.PENDING && !i.isWalkIn());
        if (!checked.audience.equals(s.audience())) {
            if (!untouched) {
                throw DomainException.conflict("training.error.audienceFixed");
            }
            s.audience(checked.audience);
            Map<Long, StaffView> wanted = resolve(checked.audience).stream()
                    .collect(Collectors.toMap(StaffView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
            for (Invitee i : current) {
                if (wanted.remove(i.getStaffId()) == null) {
                    invitees.delete(i); // never counted: nothing of a planned session is a fact yet
                }
            }
            wanted.values().forEach(p -> invitees.save(new Invitee(id, p.id(), p.name(), p.unitId(), false)));
        }
        if (!before.equals(s.snapshot())) {
            sessions.saveAndFlush(s);
            events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, course.getTopic(), before, s.snapshot()));
            publishFacts(s);
        }
        return get(id);
    }

    /** Cancels a planned or held session with a reason; its facts are withdrawn. */
    public SessionView cancel(Long id, String reason, Long version) {
        TrainingSession s = load(id);
        Course course = loadCourse(s.getCourseId());
        writableCourse(course);
        StaleEditException.check(version, s.getVersion());
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "training.error.reasonRequired");
        }
        if (reason.strip().length() > 500) {
            throw DomainException.invalid("reason", "error.tooLong", 500);
        }
        if (s.getStatus() == SessionStatus.CANCELLED) {
            throw DomainException.conflict("training.error.sessionCancelled");
        }
        Map<String, Object> before = s.snapshot();
        s.moveTo(SessionStatus.CANCELLED, reason.strip(), Instant.now(clock));
        sessions.saveAndFlush(s);
        events.publishEvent(RecordChanged.of(AuditAction.DEACTIVATE, RECORD_TYPE, id, course.getTopic(), before, s.snapshot()));
        publishFacts(s);
        return get(id);
    }

    // ---------------------------------------------------------------- attendance

    /** The organiser's ticks; the session counts as held from the first recorded attendance. */
    public List<AttendanceView> record(Long id, List<AttendanceMark> marks) {
        TrainingSession s = load(id);
        Course course = loadCourse(s.getCourseId());
        Actor actor = writableCourse(course);
        if (s.getStatus() == SessionStatus.CANCELLED) {
            throw DomainException.conflict("training.error.sessionCancelled");
        }
        Map<Long, Invitee> byStaff = invitees.findBySessionIdOrderByStaffNameAscStaffIdAsc(id).stream()
                .collect(Collectors.toMap(Invitee::getStaffId, Function.identity()));
        Instant now = Instant.now(clock);
        Map<String, Object> changes = new TreeMap<>();
        for (AttendanceMark m : marks == null ? List.<AttendanceMark>of() : marks) {
            Invitee i = m.staffId() == null ? null : byStaff.get(m.staffId());
            if (i == null) {
                throw DomainException.invalid("staffId", "training.error.notInvitee", String.valueOf(m.staffId()));
            }
            if (m.attendance() == null) {
                throw DomainException.invalid("attendance", "training.error.attendanceRequired", i.getStaffName());
            }
            if (m.attendance() == AttendanceStatus.ABSENT && m.absenceReason() == null) {
                throw DomainException.invalid("absenceReason", "training.error.absenceReasonRequired", i.getStaffName());
            }
            if (i.mark(m.attendance(), m.absenceReason(), actor.username(), now)) {
                changes.put(i.getStaffName() + "#" + i.getStaffId(),
                        m.attendance() + (i.getAbsenceReason() == null ? "" : "/" + i.getAbsenceReason()));
            }
        }
        if (!changes.isEmpty()) {
            invitees.saveAll(byStaff.values());
            if (s.getStatus() == SessionStatus.PLANNED) {
                s.moveTo(SessionStatus.HELD, null, now);
            } else {
                s.touch(now);
            }
            sessions.saveAndFlush(s);
            events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, id, course.getTopic(), Map.of(),
                    Map.of("attendance", changes)));
            publishFacts(s);
        }
        return attendance(id);
    }

    /** What the sign-in page shows before the trainee confirms: the session behind a code. */
    @Transactional(readOnly = true)
    public SessionView byCode(String code) {
        CurrentActor.require(Permissions.TRAINING_READ);
        TrainingSession s = sessions.findBySignInCode(SignInCodes.normalize(code))
                .orElseThrow(() -> DomainException.notFound("training.error.codeUnknown", code));
        return views(loadCourse(s.getCourseId()), List.of(s)).get(0);
    }

    /**
     * The trainee signs herself in with the session's code, from 30 minutes before the start to 60
     * minutes after the end: present if invited, otherwise added as a walk-in attendee.
     */
    public SessionSignIn signIn(String code) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_READ);
        TrainingSession s = sessions.findBySignInCode(SignInCodes.normalize(code))
                .orElseThrow(() -> DomainException.notFound("training.error.codeUnknown", code));
        Course course = loadCourse(s.getCourseId());
        if (s.getStatus() == SessionStatus.CANCELLED) {
            throw DomainException.conflict("training.error.sessionCancelled");
        }
        Instant now = Instant.now(clock);
        switch (SignInWindow.at(now, s.getStartsAt(), s.getEndsAt())) {
            case TOO_EARLY -> throw DomainException.conflict("training.error.signInTooEarly",
                    local(SignInWindow.opens(s.getStartsAt())));
            case CLOSED -> throw DomainException.conflict("training.error.signInClosed",
                    local(SignInWindow.closes(s.getEndsAt())));
            case OPEN -> { }
        }
        Long staffId = staffIdOf(actor).orElseThrow(() -> DomainException.conflict("training.error.noStaffRecord"));
        Optional<Invitee> existing = invitees.findBySessionIdAndStaffId(s.getId(), staffId);
        SessionSignIn.Outcome outcome;
        Invitee invitee;
        if (existing.isPresent()) {
            invitee = existing.get();
            outcome = invitee.getAttendance() == AttendanceStatus.PRESENT ? SessionSignIn.Outcome.ALREADY_PRESENT
                    : invitee.isWalkIn() ? SessionSignIn.Outcome.WALK_IN : SessionSignIn.Outcome.INVITED;
        } else {
            StaffView person = staff.find(staffId).orElseThrow(() -> DomainException.conflict("training.error.noStaffRecord"));
            invitee = new Invitee(s.getId(), person.id(), person.name(), person.unitId(), true);
            outcome = SessionSignIn.Outcome.WALK_IN;
        }
        if (outcome != SessionSignIn.Outcome.ALREADY_PRESENT) {
            invitee.signedIn(now);
            invitees.save(invitee);
            if (s.getStatus() == SessionStatus.PLANNED) {
                s.moveTo(SessionStatus.HELD, null, now);
            } else {
                s.touch(now);
            }
            sessions.saveAndFlush(s);
            events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, s.getId(), course.getTopic(), Map.of(),
                    Map.of("signIn", invitee.getStaffName() + "#" + staffId, "walkIn", invitee.isWalkIn())));
            publishFacts(s);
        }
        return new SessionSignIn(s.getId(), course.getTopic(), invitee.getStaffName(), outcome);
    }

    // ---------------------------------------------------------------- materials

    @Transactional(readOnly = true)
    public List<SessionMaterialView> materials(Long id) {
        TrainingSession s = load(id);
        readable(s, loadCourse(s.getCourseId()));
        return materials.views(id);
    }

    public SessionMaterialView attach(Long id, String fileName, byte[] content) {
        TrainingSession s = load(id);
        Course course = loadCourse(s.getCourseId());
        Actor actor = writableCourse(course);
        MaterialFiles.Verdict verdict = MaterialFiles.check(content);
        if (!verdict.accepted()) {
            throw DomainException.invalid("file", verdict.refusalKey(), MaterialFiles.MAX_BYTES / (1024 * 1024));
        }
        Material m = materials.save(new Material(id, MaterialFiles.safeName(fileName, verdict.extension()),
                verdict.contentType(), content, actor.username(), Instant.now(clock)));
        events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, id, course.getTopic(), Map.of(),
                Map.of("materialAdded", m.getFileName())));
        return m.view();
    }

    @Transactional(readOnly = true)
    public SessionMaterialContent download(Long id, Long materialId) {
        TrainingSession s = load(id);
        readable(s, loadCourse(s.getCourseId()));
        return materials.findById(materialId).filter(m -> m.getSessionId().equals(id))
                .orElseThrow(() -> DomainException.notFound("training.error.materialNotFound", String.valueOf(materialId))).download();
    }

    /** Materials are teaching aids, not counted records: removing one deletes it (the audit trail keeps the name). */
    public void removeMaterial(Long id, Long materialId) {
        TrainingSession s = load(id);
        Course course = loadCourse(s.getCourseId());
        writableCourse(course);
        Material m = materials.findById(materialId).filter(x -> x.getSessionId().equals(id))
                .orElseThrow(() -> DomainException.notFound("training.error.materialNotFound", String.valueOf(materialId)));
        materials.delete(m);
        events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, id, course.getTopic(),
                Map.of("material", m.getFileName()), Map.of("materialRemoved", m.getFileName())));
    }

    // ---------------------------------------------------------------- facts

    /**
     * invited = 1 per invitee (walk-ins too), attended = 1 and credit_hours = the course's hours per present
     * one, at the invitee's unit on the session's local date; nothing while planned, and withdrawn when cancelled.
     */
    private void publishFacts(TrainingSession s) {
        if (s.getStatus() != SessionStatus.HELD) {
            events.publishEvent(FactsRecorded.withdrawn(FACT_SOURCE, String.valueOf(s.getId())));
            return;
        }
        LocalDate date = LocalDate.ofInstant(s.getStartsAt(), ZONE);
        Map<Long, long[]> byUnit = new TreeMap<>();
        for (Invitee i : invitees.findBySessionIdOrderByStaffNameAscStaffIdAsc(s.getId())) {
            long[] counts = byUnit.computeIfAbsent(i.getUnitId(), k -> new long[2]);
            counts[0]++;
            if (i.getAttendance() == AttendanceStatus.PRESENT) {
                counts[1]++;
            }
        }
        List<Fact> facts = new ArrayList<>();
        // each person present earns the course's credit hours (the technical file counts them the same way)
        java.math.BigDecimal credits = courses.findById(s.getCourseId()).map(Course::getCreditHours).orElse(java.math.BigDecimal.ZERO);
        byUnit.forEach((unitId, c) -> {
            facts.add(Fact.of("training.invited", unitId, date, c[0]));
            facts.add(Fact.of("training.attended", unitId, date, c[1]));
            if (c[1] > 0 && credits.signum() > 0) {
                facts.add(new Fact("training.credit_hours", unitId, date, credits.multiply(java.math.BigDecimal.valueOf(c[1]))));
            }
        });
        events.publishEvent(new FactsRecorded(FACT_SOURCE, String.valueOf(s.getId()), facts));
    }

    // ---------------------------------------------------------------- internals

    private record Checked(Instant startsAt, Instant endsAt, String lecturerName, AudienceRules.Audience audience) {
    }

    private Checked check(Actor actor, SessionForm f) {
        if (f.getStartsAt() == null) {
            throw DomainException.invalid("startsAt", "training.error.startRequired");
        }
        if (f.getEndsAt() == null) {
            throw DomainException.invalid("endsAt", "training.error.endRequired");
        }
        if (!f.getEndsAt().isAfter(f.getStartsAt())) {
            throw DomainException.invalid("endsAt", "training.error.endBeforeStart");
        }
        if (f.getStartsAt().getYear() < 2000 || f.getEndsAt().getYear() > 2100) {
            throw DomainException.invalid("startsAt", "training.error.timeRange");
        }
        if (f.getPlace() == null || f.getPlace().isBlank()) {
            throw DomainException.invalid("place", "training.error.placeRequired");
        }
        if (f.getPlace().length() > 200) {
            throw DomainException.invalid("place", "error.tooLong", 200);
        }
        String lecturer;
        if (f.getLecturerStaffId() != null) {
            StaffView person = staff.find(f.getLecturerStaffId())
                    .orElseThrow(() -> DomainException.invalid("lecturerStaffId", "training.error.lecturerUnknown",
                            f.getLecturerStaffId()));
            lecturer = person.name();
        } else if (f.getLecturerName() != null) {
            if (f.getLecturerName().length() > 100) {
                throw DomainException.invalid("lecturerName", "error.tooLong", 100);
            }
            lecturer = f.getLecturerName();
        } else {
            throw DomainException.invalid("lecturerName", "training.error.lecturerRequired");
        }
        if (f.getAudienceUnitId() == null) {
            throw DomainException.invalid("audienceUnitId", "training.error.audienceRequired");
        }
        UnitView unit = units.find(f.getAudienceUnitId())
                .orElseThrow(() -> DomainException.invalid("audienceUnitId", "training.error.unitUnknown", String.valueOf(f.getAudienceUnitId())));
        if (!scope.canSee(actor, unit.id(), unit.path())) {
            throw new AccessDeniedProblem();
        }
        return new Checked(instant(f.getStartsAt()), instant(f.getEndsAt()), lecturer,
                new AudienceRules.Audience(unit.id(), f.getTitles(), f.getNurseLevels(), f.getEmploymentTypes()));
    }

    /** The active staff of the audience's unit subtree who match its criteria. */
    private List<StaffView> resolve(AudienceRules.Audience audience) {
        StaffFilter filter = new StaffFilter(null, audience.unitId(), null, StaffStatus.ACTIVE, null, null);
        List<StaffView> subtree = staff.search(filter, PageRequest.of(0, MAX_AUDIENCE, Sort.by("name", "id"))).getContent();
        return AudienceRules.resolve(audience, subtree);
    }

    private String freshCode() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = SignInCodes.next();
            if (!sessions.existsBySignInCode(code)) {
                return code;
            }
        }
        throw new IllegalStateException("No free sign-in code after 20 attempts");
    }

    private Optional<Long> staffIdOf(Actor actor) {
        if (actor.username() == null) {
            return Optional.empty();
        }
        return users.findByUsername(actor.username()).map(UserView::staffId);
    }

    private static Instant instant(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }

    private static String local(Instant at) {
        return LocalDateTime.ofInstant(at, ZONE).toString().replace('T', ' ');
    }

    private TrainingSession load(Long id) {
        return sessions.findById(id).orElseThrow(() -> DomainException.notFound("training.error.sessionNotFound", String.valueOf(id)));
    }

    private Course loadCourse(Long id) {
        return courses.findById(id).orElseThrow(() -> DomainException.notFound("training.error.courseNotFound", String.valueOf(id)));
    }

    private void readableCourse(Course c) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_READ);
        if (!scope.canSee(actor, c.getUnitId())) {
            throw new AccessDeniedProblem();
        }
    }

    /** Readers of the course, and readers whose scope covers the invited unit. */
    private void readable(TrainingSession s, Course c) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_READ);
        if (!scope.canSee(actor, c.getUnitId()) && !scope.canSee(actor, s.getAudienceUnitId())) {
            throw new AccessDeniedProblem();
        }
    }

    private Actor writableCourse(Course c) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_WRITE);
        if (!scope.canSee(actor, c.getUnitId())) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    private String unitName(Long unitId) {
        return units.find(unitId).map(UnitView::name).orElse("#" + unitId);
    }

    private static AttendanceView view(Invitee i, String unitName) {
        return new AttendanceView(i.getStaffId(), i.getStaffName(), i.getUnitId(), unitName, i.isWalkIn(),
                i.getAttendance(), i.getAbsenceReason(), i.getSignedInAt(), i.getRecordedBy());
    }

    private List<SessionView> views(Course course, Collection<TrainingSession> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> counts = new HashMap<>();
        invitees.countsBySession(list.stream().map(TrainingSession::getId).toList()).forEach(r -> counts.put((Long) r[0],
                new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue()}));
        Map<Long, String> names = new HashMap<>();
        return list.stream().sorted(Comparator.comparing(TrainingSession::getStartsAt).reversed()).map(s -> {
            long[] c = counts.getOrDefault(s.getId(), new long[3]);
            AudienceRules.Audience a = s.audience();
            return new SessionView(s.getId(), course.getId(), course.getTopic(), course.getUnitId(), s.getStartsAt(),
                    s.getEndsAt(), s.getPlace(), s.getLecturerStaffId(), s.getLecturerName(), a.unitId(),
                    names.computeIfAbsent(a.unitId(), this::unitName), Set.copyOf(a.titles()), Set.copyOf(a.nurseLevels()),
                    Set.copyOf(a.employmentTypes()), s.getSignInCode(), s.getStatus(), s.getCancelReason(), (int) c[0],
                    (int) c[1], (int) c[2], s.getCreatedBy(), s.getVersion());
        }).toList();
    }
}
