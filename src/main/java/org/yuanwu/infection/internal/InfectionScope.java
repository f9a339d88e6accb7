package org.yuanwu.infection.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.DomainException;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ScopeGuard;
import org.yuanwu.organization.UnitView;

/** The data scope as the infection module applies it: which units a caller may see and write for. */
@Component
public class InfectionScope {

    private final OrgUnitService units;
    private final ScopeGuard scope;

    InfectionScope(OrgUnitService units, ScopeGuard scope) {
        this.units = units;
        this.scope = scope;
    }

    /** The unit, or a 404 problem naming the id. */
    public UnitView unit(Long id) {
        if (id == null) {
            throw DomainException.invalid("unitId", "infection.error.unitRequired");
        }
        return units.find(id).orElseThrow(() -> DomainException.invalid("unitId", "infection.error.unitNotFound", id));
    }

    public UnitView visibleUnit(Actor actor, Long id) {
        UnitView unit = unit(id);
        if (!scope.canSee(actor, unit.id(), unit.path())) {
            throw new AccessDeniedProblem();
        }
        return unit;
    }

    public boolean canSee(Actor actor, Long unitId) {
        return units.find(unitId).map(u -> scope.canSee(actor, u.id(), u.path())).orElse(false);
    }

    /** The unit ids the caller may see, or null for every unit. */
    public Collection<Long> visibleUnitIds(Actor actor) {
        return scope.visibleUnitIds(actor);
    }

    public String name(Long unitId) {
        return units.find(unitId).map(UnitView::name).orElse("#" + unitId);
    }

    public Optional<UnitView> byCode(String code) {
        return units.findByCode(code);
    }

    public List<Long> subtree(Long unitId) {
        return units.subtreeIds(unitId);
    }
}
