package org.yuanwu.training;

import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ScopeGuard;
import org.yuanwu.organization.UnitView;
import org.yuanwu.training.internal.course.Course;
import org.yuanwu.training.internal.course.CourseRepository;
import org.yuanwu.training.internal.course.TrainingSessionRepository;

/**
 * The course catalogue: courses belong to an organising unit and are seen and edited within the
 * data scope over that unit. A course is never deleted: it is withdrawn with a reason.
 */
@Service
@Transactional
public class CourseService {

    public static final String RECORD_TYPE = "training_course";
    public static final int EXPORT_LIMIT = 10_000;
    public static final Sort ORDER = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

    private final CourseRepository courses;
    private final TrainingSessionRepository sessions;
    private final OrgUnitService units;
    private final ScopeGuard scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CourseService(CourseRepository courses, TrainingSessionRepository sessions, OrgUnitService units, ScopeGuard scope,
                  ApplicationEventPublisher events, Optional<Clock> clock) {
        this.courses = courses;
        this.sessions = sessions;
        this.units = units;
        this.scope = scope;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public Page<CourseView> search(CourseFilter filter, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_READ);
        Page<Course> page = courses.findAll(spec(actor, filter == null ? CourseFilter.none() : filter), pageable);
        Map<Long, Long> counts = new HashMap<>();
        if (page.hasContent()) {
            sessions.countByCourse(page.getContent().stream().map(Course::getId).toList())
                    .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        }
        Map<Long, String> names = new HashMap<>();
        return page.map(c -> view(c, names.computeIfAbsent(c.getUnitId(), this::unitName),
                counts.getOrDefault(c.getId(), 0L).intValue()));
    }

    /** The filtered list for an Excel export, up to {@link #EXPORT_LIMIT} rows. */
    @Transactional(readOnly = true)
    public List<CourseView> export(CourseFilter filter) {
        return search(filter, PageRequest.of(0, EXPORT_LIMIT, ORDER)).getContent();
    }

    @Transactional(readOnly = true)
    public CourseView get(Long id) {
        Course c = load(id);
        readable(c);
        return view(c);
    }

    public CourseView create(CourseForm form) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_WRITE);
        check(form);
        UnitView unit = units.find(form.getUnitId())
                .orElseThrow(() -> DomainException.invalid("unitId", "training.error.unitUnknown", String.valueOf(form.getUnitId())));
        if (!scope.canSee(actor, unit.id(), unit.path())) {
            throw new AccessDeniedProblem();
        }
        if (!unit.active()) {
            throw DomainException.invalid("unitId", "training.error.unitInactive", unit.name());
        }
        Instant now = Instant.now(clock);
        Course c = new Course(unit.id(), actor.username(), now);
        c.apply(form, now);
        courses.save(c);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, c.getId(), c.getTopic(), c.snapshot()));
        return view(c, unit.name(), 0);
    }

    public CourseView update(Long id, CourseForm form) {
        Course c = load(id);
        writable(c);
        StaleEditException.check(form.getVersion(), c.getVersion());
        if (form.getUnitId() != null && !form.getUnitId().equals(c.getUnitId())) {
            throw DomainException.invalid("unitId", "training.error.unitFixed");
        }
        if (!c.isActive()) {
            throw DomainException.conflict("training.error.courseWithdrawn");
        }
        check(form);
        Map<String, Object> before = c.snapshot();
        if (c.apply(form, Instant.now(clock))) {
            courses.saveAndFlush(c);
            events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, c.getTopic(), before, c.snapshot()));
        }
        return view(c);
    }

    /** Takes the course out of the catalogue; its sessions and their attendance stay counted. */
    public CourseView withdraw(Long id, String reason, Long version) {
        Course c = load(id);
        writable(c);
        StaleEditException.check(version, c.getVersion());
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "training.error.reasonRequired");
        }
        if (reason.strip().length() > 500) {
            throw DomainException.invalid("reason", "error.tooLong", 500);
        }
        if (!c.isActive()) {
            throw DomainException.conflict("training.error.courseWithdrawn");
        }
        Map<String, Object> before = c.snapshot();
        c.withdraw(reason.strip(), Instant.now(clock));
        courses.saveAndFlush(c);
        events.publishEvent(RecordChanged.of(AuditAction.DEACTIVATE, RECORD_TYPE, id, c.getTopic(), before, c.snapshot()));
        return view(c);
    }

    /** Whether the current user may change the course (for showing the buttons that will work). */
    @Transactional(readOnly = true)
    public boolean mayWrite(Long id) {
        Actor actor = CurrentActor.get();
        Course c = load(id);
        return actor.can(Permissions.TRAINING_WRITE) && c.isActive() && scope.canSee(actor, c.getUnitId());
    }

    // ---------------------------------------------------------------- internals

    private static void check(CourseForm f) {
        if (f.getTopic() == null || f.getTopic().isBlank()) {
            throw DomainException.invalid("topic", "training.error.topicRequired");
        }
        if (f.getTopic().length() > 200) {
            throw DomainException.invalid("topic", "error.tooLong", 200);
        }
        if (f.getCategory() == null) {
            throw DomainException.invalid("category", "training.error.categoryRequired");
        }
        if (f.getCreditHours() == null || f.getCreditHours().signum() < 0
                || f.getCreditHours().compareTo(new BigDecimal("999.9")) > 0) {
            throw DomainException.invalid("creditHours", "training.error.creditHours");
        }
        if (f.getDescription() != null && f.getDescription().length() > 4000) {
            throw DomainException.invalid("description", "error.tooLong", 4000);
        }
        if (f.getUnitId() == null) {
            throw DomainException.invalid("unitId", "training.error.unitRequired");
        }
    }

    Course load(Long id) {
        return courses.findById(id).orElseThrow(() -> DomainException.notFound("training.error.courseNotFound", String.valueOf(id)));
    }

    Actor readable(Course c) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_READ);
        if (!scope.canSee(actor, c.getUnitId())) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    Actor writable(Course c) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_WRITE);
        if (!scope.canSee(actor, c.getUnitId())) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    private String unitName(Long unitId) {
        return units.find(unitId).map(UnitView::name).orElse("#" + unitId);
    }

    private CourseView view(Course c) {
        return view(c, unitName(c.getUnitId()), sessions.findByCourseIdOrderByStartsAtDesc(c.getId()).size());
    }

    static CourseView view(Course c, String unitName, int sessionCount) {
        return new CourseView(c.getId(), c.getUnitId(), unitName, c.getTopic(), c.getCategory(), c.getCreditHours(),
                c.getDescription(), c.isActive(), c.getWithdrawnReason(), sessionCount, c.getCreatedBy(),
                c.getCreatedAt(), c.getUpdatedAt(), c.getVersion());
    }

    private Specification<Course> spec(Actor actor, CourseFilter f) {
        Collection<Long> scoped = scopedUnitIds(actor);
        Collection<Long> filtered = f.unitId() == null ? null : units.subtreeIds(f.unitId());
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (scoped != null) {
                where.add(scoped.isEmpty() ? cb.disjunction() : root.get("unitId").in(scoped));
            }
            if (filtered != null) {
                where.add(filtered.isEmpty() ? cb.disjunction() : root.get("unitId").in(filtered));
            }
            if (f.q() != null && !f.q().isBlank()) {
                where.add(cb.like(cb.lower(root.get("topic")), "%" + f.q().strip().toLowerCase() + "%"));
            }
            if (f.category() != null) {
                where.add(cb.equal(root.get("category"), f.category()));
            }
            where.add(cb.equal(root.get("active"), !Boolean.TRUE.equals(f.withdrawn())));
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** The unit ids the actor sees; null for "every unit". */
    Collection<Long> scopedUnitIds(Actor actor) {
        return scope.visibleUnitIds(actor);
    }
}
