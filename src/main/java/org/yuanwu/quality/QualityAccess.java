package org.yuanwu.quality;

import org.yuanwu.common.HospitalTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ScopeGuard;
import org.yuanwu.organization.UnitView;

/**
 * Who may see and act on which unit's quality records: the unit must lie in the caller's data
 * scope. For a cross-inspection the inspecting ward's people may also fill and read it.
 */
@Component
class QualityAccess {

    static final ZoneId ZONE = HospitalTime.ZONE;

    private final OrgUnitService units;
    private final ScopeGuard scope;
    private final Clock clock;

    QualityAccess(OrgUnitService units, ScopeGuard scope, Optional<Clock> clock) {
        this.units = units;
        this.scope = scope;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    Instant now() {
        return Instant.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    UnitView unit(Long unitId) {
        return units.find(unitId).orElseThrow(() -> DomainException.notFound("org.error.notFound", unitId));
    }

    String unitName(Long unitId) {
        return unitId == null ? null : units.find(unitId).map(UnitView::name).orElse("#" + unitId);
    }

    boolean sees(Actor actor, Long unitId) {
        if (unitId == null) {
            return false;
        }
        return units.find(unitId).map(u -> scope.canSee(actor, u.id(), u.path())).orElse(false);
    }

    /** The caller with the permission, if either unit is in their scope; 403 otherwise. */
    Actor require(String permission, Long unitId, Long otherUnitId) {
        Actor actor = CurrentActor.require(permission);
        if (!sees(actor, unitId) && !sees(actor, otherUnitId)) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    /** Null for "every unit"; else the ids of the units in the caller's scope. */
    Collection<Long> scopedUnitIds(Actor actor) {
        return scope.visibleUnitIds(actor);
    }

    List<Long> subtree(Long unitId) {
        return units.subtreeIds(unitId);
    }
}
