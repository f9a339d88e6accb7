package org.yuanwu.organization;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DataScope;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.organization.internal.OrgUnit;
import org.yuanwu.organization.internal.OrgUnitRepository;
import org.yuanwu.organization.internal.StaffRepository;

/** The org tree: create, edit, move, deactivate and browse units within the caller's data scope. */
@Service
@Transactional
public class OrgUnitService {

    public static final String RECORD_TYPE = "org_unit";

    private final OrgUnitRepository units;
    private final StaffRepository staff;
    private final ScopeGuard scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrgUnitService(OrgUnitRepository units, StaffRepository staff, ScopeGuard scope,
                   ApplicationEventPublisher events, Optional<Clock> clock) {
        this.units = units;
        this.staff = staff;
        this.scope = scope;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public UnitView get(Long id) {
        Actor actor = CurrentActor.require(Permissions.ORG_READ);
        OrgUnit unit = load(id);
        if (!scope.canSee(actor, unit.getId(), unit.getPath())) {
            throw new AccessDeniedProblem();
        }
        return view(unit, !units.findByParentIdOrderByCode(id).isEmpty());
    }

    /** The top of what the caller may see: the tree's roots, or their own anchor unit. */
    @Transactional(readOnly = true)
    public List<UnitView> roots() {
        Actor actor = CurrentActor.require(Permissions.ORG_READ);
        Optional<ScopeGuard.Restriction> restriction = scope.restrictionFor(actor);
        List<OrgUnit> top = restriction.isEmpty() ? units.findByParentIdIsNullOrderByCode()
                : units.findById(restriction.get().anchorUnitId()).map(List::of).orElse(List.of());
        return withChildFlags(top);
    }

    @Transactional(readOnly = true)
    public List<UnitView> children(Long parentId) {
        Actor actor = CurrentActor.require(Permissions.ORG_READ);
        OrgUnit parent = load(parentId);
        Optional<ScopeGuard.Restriction> restriction = scope.restrictionFor(actor);
        if (restriction.isPresent()) {
            // Below one's own unit is visible only with a subtree scope.
            if (restriction.get().scope() != DataScope.SUBTREE || !parent.getPath().startsWith(restriction.get().anchorPath())) {
                throw new AccessDeniedProblem();
            }
        }
        return withChildFlags(units.findByParentIdOrderByCode(parentId));
    }

    /** Units whose name or code contains the text, within scope; at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<UnitView> search(String text, int limit) {
        Actor actor = CurrentActor.require(Permissions.ORG_READ);
        String q = text == null ? "" : text.trim();
        Optional<ScopeGuard.Restriction> restriction = scope.restrictionFor(actor);
        String prefix = restriction.map(ScopeGuard.Restriction::anchorPath).orElse("/");
        List<OrgUnit> found = units.search(q, prefix, PageRequest.of(0, Math.max(1, Math.min(limit, 500))));
        return withChildFlags(found.stream()
                .filter(u -> restriction.map(r -> r.permits(u.getId(), u.getPath())).orElse(true)).toList());
    }

    /** Every unit the caller may see, in tree order with siblings by code (for pickers and exports). */
    @Transactional(readOnly = true)
    public List<UnitView> allVisible(boolean activeOnly) {
        Actor actor = CurrentActor.require(Permissions.ORG_READ);
        Optional<ScopeGuard.Restriction> restriction = scope.restrictionFor(actor);
        List<OrgUnit> all = units.findByPathStartingWithOrderByPath(restriction.map(ScopeGuard.Restriction::anchorPath).orElse("/"));
        java.util.Map<Long, List<OrgUnit>> byParent = new java.util.HashMap<>();
        Set<Long> present = new HashSet<>();
        all.forEach(u -> present.add(u.getId()));
        List<OrgUnit> tops = new java.util.ArrayList<>();
        for (OrgUnit u : all) {
            if (u.getParentId() != null && present.contains(u.getParentId())) {
                byParent.computeIfAbsent(u.getParentId(), k -> new java.util.ArrayList<>()).add(u);
            } else {
                tops.add(u);
            }
        }
        List<OrgUnit> ordered = new java.util.ArrayList<>(all.size());
        java.util.Deque<OrgUnit> stack = new java.util.ArrayDeque<>();
        java.util.Comparator<OrgUnit> byCode = java.util.Comparator.comparing(OrgUnit::getCode);
        tops.stream().sorted(byCode.reversed()).forEach(stack::push);
        while (!stack.isEmpty()) {
            OrgUnit u = stack.pop();
            ordered.add(u);
            byParent.getOrDefault(u.getId(), List.of()).stream().sorted(byCode.reversed()).forEach(stack::push);
        }
        return ordered.stream()
                .filter(u -> !activeOnly || u.isActive())
                .filter(u -> restriction.map(r -> r.permits(u.getId(), u.getPath())).orElse(true))
                .map(u -> view(u, byParent.containsKey(u.getId()))).toList();
    }

    public UnitView create(UnitForm form) {
        Actor actor = CurrentActor.require(Permissions.ORG_WRITE);
        checkAttributes(form);
        if (units.existsByCode(form.getCode())) {
            throw DomainException.invalid("code", "org.error.codeTaken", form.getCode());
        }
        OrgUnit parent = null;
        if (form.getParentId() != null) {
            parent = load(form.getParentId());
            requireVisible(actor, parent);
            if (!parent.isActive()) {
                throw DomainException.invalid("parentId", "org.error.parentInactive");
            }
        } else if (actor.dataScope() != DataScope.ALL) {
            throw new AccessDeniedProblem();
        }
        Instant now = Instant.now(clock);
        long id = units.nextId();
        OrgUnit unit = new OrgUnit(id, now);
        String path = TreePaths.childPath(parent == null ? null : parent.getPath(), id);
        unit.place(parent == null ? null : parent.getId(), path, TreePaths.depth(path));
        unit.setAttributes(form);
        units.save(unit);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, id, unit.getCode() + " " + unit.getName(), unit.snapshot()));
        return view(unit, false);
    }

    public UnitView update(Long id, UnitForm form) {
        Actor actor = CurrentActor.require(Permissions.ORG_WRITE);
        OrgUnit unit = load(id);
        requireVisible(actor, unit);
        StaleEditException.check(form.getVersion(), unit.getVersion());
        checkAttributes(form);
        if (!unit.getCode().equals(form.getCode()) && units.existsByCode(form.getCode())) {
            throw DomainException.invalid("code", "org.error.codeTaken", form.getCode());
        }
        Map<String, Object> before = unit.snapshot();
        unit.setAttributes(form);
        if (!before.equals(unit.snapshot())) {
            unit.touch(Instant.now(clock));
            units.saveAndFlush(unit);
            events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, unit.getCode() + " " + unit.getName(), before,
                    unit.snapshot()));
        }
        return view(unit, !units.findByParentIdOrderByCode(id).isEmpty());
    }

    /** Moves a unit, with everything below it, under another parent (never under itself or its own descendant). */
    public UnitView move(Long id, Long newParentId, Long expectedVersion) {
        Actor actor = CurrentActor.require(Permissions.ORG_WRITE);
        OrgUnit unit = load(id);
        requireVisible(actor, unit);
        StaleEditException.check(expectedVersion, unit.getVersion());
        if (newParentId == null) {
            throw DomainException.invalid("parentId", "org.error.parentRequired");
        }
        OrgUnit newParent = load(newParentId);
        requireVisible(actor, newParent);
        if (TreePaths.isSelfOrDescendant(newParent.getPath(), unit.getPath())) {
            throw DomainException.invalid("parentId", "org.error.moveUnderItself");
        }
        if (!newParent.isActive()) {
            throw DomainException.invalid("parentId", "org.error.parentInactive");
        }
        if (newParentId.equals(unit.getParentId())) {
            return view(unit, true);
        }
        Map<String, Object> before = unit.snapshot();
        String oldPrefix = unit.getPath();
        String newPrefix = TreePaths.childPath(newParent.getPath(), unit.getId());
        Instant now = Instant.now(clock);
        for (OrgUnit u : units.findByPathStartingWithOrderByPath(oldPrefix)) {
            String path = TreePaths.rebase(u.getPath(), oldPrefix, newPrefix);
            u.place(u == unit || u.getId().equals(unit.getId()) ? newParentId : u.getParentId(), path,
                    TreePaths.depth(path));
            u.touch(now);
        }
        units.flush();
        events.publishEvent(new UnitMoved(id, oldPrefix, newPrefix));
        events.publishEvent(RecordChanged.of(AuditAction.MOVE, RECORD_TYPE, id, unit.getCode() + " " + unit.getName(),
                before, unit.snapshot()));
        return view(unit, true);
    }

    /** Units are never deleted: they are deactivated with a reason, once nothing active hangs on them. */
    public UnitView deactivate(Long id, String reason, Long expectedVersion) {
        Actor actor = CurrentActor.require(Permissions.ORG_WRITE);
        OrgUnit unit = load(id);
        requireVisible(actor, unit);
        StaleEditException.check(expectedVersion, unit.getVersion());
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "org.error.reasonRequired");
        }
        if (reason.length() > 500) {
            throw DomainException.invalid("reason", "error.tooLong", 500);
        }
        if (!unit.isActive()) {
            throw DomainException.conflict("org.error.alreadyInactive");
        }
        if (units.countActiveChildren(id) > 0) {
            throw DomainException.conflict("org.error.activeChildren");
        }
        long activeStaff = staff.countInSubtreeWithStatus(unit.getPath(), StaffStatus.ACTIVE);
        if (activeStaff > 0) {
            throw DomainException.conflict("org.error.activeStaff", activeStaff);
        }
        Map<String, Object> before = unit.snapshot();
        unit.deactivate(reason.trim(), Instant.now(clock));
        units.saveAndFlush(unit);
        events.publishEvent(RecordChanged.of(AuditAction.DEACTIVATE, RECORD_TYPE, id, unit.getCode() + " " + unit.getName(),
                before, unit.snapshot()));
        return view(unit, false);
    }

    /** Undoes a mistaken deactivation (the parent must be active). */
    public UnitView reactivate(Long id, Long expectedVersion) {
        Actor actor = CurrentActor.require(Permissions.ORG_WRITE);
        OrgUnit unit = load(id);
        requireVisible(actor, unit);
        StaleEditException.check(expectedVersion, unit.getVersion());
        if (unit.isActive()) {
            throw DomainException.conflict("org.error.alreadyActive");
        }
        if (unit.getParentId() != null && !load(unit.getParentId()).isActive()) {
            throw DomainException.conflict("org.error.parentInactive");
        }
        Map<String, Object> before = unit.snapshot();
        unit.reactivate(Instant.now(clock));
        units.saveAndFlush(unit);
        events.publishEvent(RecordChanged.of(AuditAction.REACTIVATE, RECORD_TYPE, id, unit.getCode() + " " + unit.getName(),
                before, unit.snapshot()));
        return view(unit, false);
    }

    /** Looks a unit up by code regardless of scope (for importers, which check scope themselves). */
    @Transactional(readOnly = true)
    public Optional<UnitView> findByCode(String code) {
        return units.findByCode(code).map(u -> view(u, false));
    }

    /** Looks a unit up by id regardless of scope, for other modules' own checks. */
    @Transactional(readOnly = true)
    public Optional<UnitView> find(Long id) {
        return id == null ? Optional.empty() : units.findById(id).map(u -> view(u, false));
    }

    /** The ids of a unit and every unit below it, regardless of scope, for other modules' own queries. */
    @Transactional(readOnly = true)
    public List<Long> subtreeIds(Long unitId) {
        return units.findById(unitId).map(u -> units.idsUnder(u.getPath())).orElse(List.of());
    }

    private void checkAttributes(UnitForm form) {
        if (form.getBedCount() != null && !form.getKind().hasBeds()) {
            throw DomainException.invalid("bedCount", "org.error.bedsOnlyForWards");
        }
        if (form.getServedPopulation() != null && !form.getKind().servesPopulation()) {
            throw DomainException.invalid("servedPopulation", "org.error.populationOnlyForClinics");
        }
    }

    private void requireVisible(Actor actor, OrgUnit unit) {
        if (!scope.canSee(actor, unit.getId(), unit.getPath())) {
            throw new AccessDeniedProblem();
        }
    }

    private OrgUnit load(Long id) {
        return units.findById(id).orElseThrow(() -> DomainException.notFound("org.error.notFound", id));
    }

    private List<UnitView> withChildFlags(List<OrgUnit> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> parents = new HashSet<>(units.parentsAmong(list.stream().map(OrgUnit::getId).toList()));
        return list.stream().map(u -> view(u, parents.contains(u.getId()))).toList();
    }

    static UnitView view(OrgUnit u, boolean hasChildren) {
        return new UnitView(u.getId(), u.getCode(), u.getName(), u.getKind(), u.getParentId(), u.getPath(), u.getDepth(),
                u.getBedCount(), u.getServedPopulation(), u.getHygieneClass(), u.isActive(), u.getDeactivatedReason(),
                u.getVersion(), hasChildren);
    }
}
