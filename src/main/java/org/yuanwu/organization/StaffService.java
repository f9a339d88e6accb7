package org.yuanwu.organization;

import org.yuanwu.common.HospitalTime;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.organization.internal.OrgUnit;
import org.yuanwu.organization.internal.OrgUnitRepository;
import org.yuanwu.organization.internal.StaffMember;
import org.yuanwu.organization.internal.StaffRepository;
import org.yuanwu.organization.internal.StaffRules;

/** The staff register: search, register and edit staff within the caller's data scope. */
@Service
@Transactional
public class StaffService {

    public static final String RECORD_TYPE = "staff";
    public static final int EXPORT_LIMIT = 100_000;
    static final ZoneId ZONE = HospitalTime.ZONE;

    private final StaffRepository staff;
    private final OrgUnitRepository units;
    private final ScopeGuard scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffService(StaffRepository staff, OrgUnitRepository units, ScopeGuard scope, ApplicationEventPublisher events,
                 Optional<Clock> clock) {
        this.staff = staff;
        this.units = units;
        this.scope = scope;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public Page<StaffView> search(StaffFilter filter, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.STAFF_READ);
        Page<StaffMember> page = staff.findAll(spec(actor, filter), pageable);
        Map<Long, String> names = unitNames(page.getContent().stream().map(StaffMember::getUnitId).toList());
        return page.map(s -> view(s, names.get(s.getUnitId()), false));
    }

    /** The filtered list for export, ID numbers masked, up to {@link #EXPORT_LIMIT} rows. */
    @Transactional(readOnly = true)
    public List<StaffView> export(StaffFilter filter) {
        return search(filter, PageRequest.of(0, EXPORT_LIMIT, Sort.by("employeeNo"))).getContent();
    }

    @Transactional(readOnly = true)
    public StaffView get(Long id) {
        Actor actor = CurrentActor.require(Permissions.STAFF_READ);
        StaffMember s = load(id);
        scope.checkVisible(actor, s.getUnitId());
        return view(s, unitNames(List.of(s.getUnitId())).get(s.getUnitId()), actor.can(Permissions.STAFF_WRITE));
    }

    /** A staff member by id regardless of scope, for other modules' own checks (never shown as is). */
    @Transactional(readOnly = true)
    public Optional<StaffView> find(Long id) {
        return id == null ? Optional.empty() : staff.findById(id).map(s -> view(s, null, false));
    }

    public StaffView create(StaffForm form) {
        Actor actor = CurrentActor.require(Permissions.STAFF_WRITE);
        OrgUnit unit = checkForSave(actor, form);
        if (staff.existsByEmployeeNo(form.getEmployeeNo())) {
            throw DomainException.invalid("employeeNo", "staff.error.employeeNoTaken", form.getEmployeeNo());
        }
        StaffMember s = new StaffMember(Instant.now(clock));
        s.apply(form, Instant.now(clock));
        staff.save(s);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, s.getId(), s.getEmployeeNo() + " " + s.getName(), s.snapshot()));
        return view(s, unit.getName(), true);
    }

    public StaffView update(Long id, StaffForm form) {
        Actor actor = CurrentActor.require(Permissions.STAFF_WRITE);
        StaffMember s = load(id);
        scope.checkVisible(actor, s.getUnitId());
        StaleEditException.check(form.getVersion(), s.getVersion());
        OrgUnit unit = checkForSave(actor, form);
        if (!s.getEmployeeNo().equals(form.getEmployeeNo()) && staff.existsByEmployeeNo(form.getEmployeeNo())) {
            throw DomainException.invalid("employeeNo", "staff.error.employeeNoTaken", form.getEmployeeNo());
        }
        Map<String, Object> before = s.snapshot();
        if (s.apply(form, Instant.now(clock))) {
            staff.saveAndFlush(s);
            events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, s.getEmployeeNo() + " " + s.getName(), before, s.snapshot()));
        }
        return view(s, unit.getName(), true);
    }

    private OrgUnit checkForSave(Actor actor, StaffForm form) {
        StaffRules.deriveBirthDate(form);
        List<StaffRules.Problem> problems = StaffRules.check(form, LocalDate.now(clock.withZone(ZONE)));
        if (!problems.isEmpty()) {
            StaffRules.Problem p = problems.get(0);
            throw DomainException.invalid(p.field(), p.key(), p.args());
        }
        OrgUnit unit = units.findById(form.getUnitId())
                .orElseThrow(() -> DomainException.invalid("unitId", "staff.error.unitUnknown", form.getUnitId()));
        if (!scope.canSee(actor, unit.getId(), unit.getPath())) {
            throw new AccessDeniedProblem();
        }
        if (!unit.isActive()) {
            throw DomainException.invalid("unitId", "staff.error.unitInactive", unit.getName());
        }
        return unit;
    }

    private StaffMember load(Long id) {
        return staff.findById(id).orElseThrow(() -> DomainException.notFound("staff.error.notFound", id));
    }

    private Map<Long, String> unitNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        units.findAllById(ids.stream().distinct().toList()).forEach(u -> names.put(u.getId(), u.getName()));
        return names;
    }

    private Specification<StaffMember> spec(Actor actor, StaffFilter f) {
        Optional<ScopeGuard.Restriction> restriction = scope.restrictionFor(actor);
        String filterPath = f.unitId() == null ? null : units.findById(f.unitId()).map(OrgUnit::getPath).orElse("/none/");
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (restriction.isPresent()) {
                ScopeGuard.Restriction r = restriction.get();
                where.add(switch (r.scope()) {
                    case OWN_UNIT -> cb.equal(root.get("unitId"), r.anchorUnitId());
                    default -> root.get("unitId").in(unitsUnder(query, cb, r.anchorPath()));
                });
            }
            if (filterPath != null) {
                where.add(root.get("unitId").in(unitsUnder(query, cb, filterPath)));
            }
            if (f.q() != null && !f.q().isBlank()) {
                String like = "%" + f.q().trim().toLowerCase() + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("name")), like), cb.like(cb.lower(root.get("employeeNo")), like)));
            }
            if (f.title() != null) {
                where.add(cb.equal(root.get("title"), f.title()));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.employmentType() != null) {
                where.add(cb.equal(root.get("employmentType"), f.employmentType()));
            }
            if (f.nurseLevel() != null) {
                where.add(cb.equal(root.get("nurseLevel"), f.nurseLevel()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static Subquery<Long> unitsUnder(jakarta.persistence.criteria.CriteriaQuery<?> query,
                                             jakarta.persistence.criteria.CriteriaBuilder cb, String pathPrefix) {
        Subquery<Long> sub = query.subquery(Long.class);
        var unit = sub.from(OrgUnit.class);
        sub.select(unit.get("id")).where(cb.like(unit.get("path"), pathPrefix + "%"));
        return sub;
    }

    static StaffView view(StaffMember s, String unitName, boolean fullIdNumber) {
        return new StaffView(s.getId(), s.getEmployeeNo(), s.getName(), s.getGender(), s.getBirthDate(),
                fullIdNumber ? s.getIdNumber() : ResidentIdNumber.mask(s.getIdNumber()), s.getPhone(), s.getUnitId(),
                unitName, s.getPosition(), s.getTitle(), s.getNurseLevel(), s.getHireDate(), s.getEmploymentType(),
                s.getStatus(), s.getVersion());
    }
}
