package org.yuanwu.organization;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.DataScope;
import org.yuanwu.organization.internal.OrgUnit;
import org.yuanwu.organization.internal.OrgUnitRepository;

/**
 * Applies a user's data scope to the org tree. Every list and lookup of scoped records goes
 * through here, so the rule holds for pages and API calls alike.
 */
@Component
public class ScopeGuard {

    private final OrgUnitRepository units;

    ScopeGuard(OrgUnitRepository units) {
        this.units = units;
    }

    /** The restriction to apply to a query, or empty for "everything". */
    public Optional<Restriction> restrictionFor(Actor actor) {
        if (actor.dataScope() == DataScope.ALL) {
            return Optional.empty();
        }
        if (actor.scopeUnitId() == null) {
            return Optional.of(new Restriction(DataScope.OWN_UNIT, -1L, "/nothing/"));
        }
        OrgUnit anchor = units.findById(actor.scopeUnitId()).orElse(null);
        if (anchor == null) {
            return Optional.of(new Restriction(DataScope.OWN_UNIT, -1L, "/nothing/"));
        }
        return Optional.of(new Restriction(actor.dataScope(), anchor.getId(), anchor.getPath()));
    }

    /**
     * The ids of the units the actor may see, for filtering a list in one query: null for every unit, empty for
     * none, the anchor alone for an own-unit scope, the anchor and all below it for a subtree scope.
     */
    public java.util.Collection<Long> visibleUnitIds(Actor actor) {
        Optional<Restriction> restriction = restrictionFor(actor);
        if (restriction.isEmpty()) {
            return null;
        }
        Restriction r = restriction.get();
        if (r.anchorUnitId() == null || r.anchorUnitId() < 0) {
            return java.util.List.of();
        }
        return r.scope() == DataScope.SUBTREE ? units.idsUnder(r.anchorPath()) : java.util.List.of(r.anchorUnitId());
    }

    public boolean canSee(Actor actor, Long unitId) {
        if (actor.dataScope() == DataScope.ALL) {
            return true;
        }
        return units.findById(unitId).map(u -> canSee(actor, u.getId(), u.getPath())).orElse(false);
    }

    public boolean canSee(Actor actor, Long unitId, String unitPath) {
        return restrictionFor(actor).map(r -> r.permits(unitId, unitPath)).orElse(true);
    }

    public void checkVisible(Actor actor, Long unitId) {
        if (!canSee(actor, unitId)) {
            throw new AccessDeniedProblem();
        }
    }

    /** A non-"all" data scope resolved against the tree. */
    public record Restriction(DataScope scope, Long anchorUnitId, String anchorPath) {

        public boolean permits(Long unitId, String unitPath) {
            return scope.permits(anchorUnitId, anchorPath, unitId, unitPath);
        }
    }
}
