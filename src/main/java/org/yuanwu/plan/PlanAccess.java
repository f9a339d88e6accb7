package org.yuanwu.plan;

import org.yuanwu.common.HospitalTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ScopeGuard;
import org.yuanwu.organization.UnitView;
import org.yuanwu.plan.internal.ApprovalRules;
import org.yuanwu.plan.internal.Plan;
import org.yuanwu.plan.internal.PlanRepository;

/**
 * Loads plans and applies who may see and change them: a plan is read by PLAN_READ users whose
 * data scope covers its unit, or by the approvers of its parent unit; it is changed by PLAN_WRITE
 * users whose data scope covers its unit.
 */
@Component
class PlanAccess {

    static final ZoneId ZONE = HospitalTime.ZONE;

    private final PlanRepository plans;
    private final OrgUnitService units;
    private final ScopeGuard scope;
    private final Clock clock;

    PlanAccess(PlanRepository plans, OrgUnitService units, ScopeGuard scope, Optional<Clock> clock) {
        this.plans = plans;
        this.units = units;
        this.scope = scope;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    Clock clock() {
        return clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    Plan load(Long id) {
        return plans.findById(id).orElseThrow(() -> DomainException.notFound("plan.error.notFound", id));
    }

    UnitView unit(Long unitId) {
        return units.find(unitId).orElseThrow(() -> DomainException.notFound("org.error.notFound", unitId));
    }

    Optional<UnitView> parentOf(UnitView unit) {
        return unit.parentId() == null ? Optional.empty() : units.find(unit.parentId());
    }

    /** The caller, if they may read the plan; 403 otherwise. */
    Actor readable(Plan plan) {
        Actor actor = CurrentActor.require(Permissions.PLAN_READ);
        UnitView unit = unit(plan.getUnitId());
        if (!scope.canSee(actor, unit.id(), unit.path()) && !approves(actor, unit)) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    /** The caller, if they may change the plan (its unit is in their data scope); 403 otherwise. */
    Actor writable(Plan plan) {
        Actor actor = CurrentActor.require(Permissions.PLAN_WRITE);
        UnitView unit = unit(plan.getUnitId());
        if (!scope.canSee(actor, unit.id(), unit.path())) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    boolean mayWrite(Actor actor, Plan plan) {
        if (!actor.can(Permissions.PLAN_WRITE)) {
            return false;
        }
        UnitView unit = unit(plan.getUnitId());
        return scope.canSee(actor, unit.id(), unit.path());
    }

    /** Why the actor may not approve or return the plan, or empty when they may. */
    Optional<ApprovalRules.Refusal> approvalRefusal(Actor actor, Plan plan) {
        UnitView unit = unit(plan.getUnitId());
        Optional<UnitView> parent = parentOf(unit);
        return ApprovalRules.check(actor, scope.restrictionFor(actor), parent.map(UnitView::id).orElse(null),
                parent.map(UnitView::path).orElse(null), plan.getCreatedById(), plan.getSubmittedById());
    }

    /** Whether the actor is an approver of the unit's plans (PLAN_APPROVE over its parent), whoever wrote them. */
    boolean approves(Actor actor, UnitView unit) {
        Optional<UnitView> parent = parentOf(unit);
        return ApprovalRules.check(actor, scope.restrictionFor(actor), parent.map(UnitView::id).orElse(null),
                parent.map(UnitView::path).orElse(null), null, null).isEmpty();
    }

    void requireEditable(Plan plan) {
        if (!plan.getStatus().editable()) {
            throw DomainException.conflict("plan.error.notEditable");
        }
    }
}
