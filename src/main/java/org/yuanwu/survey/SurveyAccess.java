package org.yuanwu.survey;

import org.yuanwu.common.HospitalTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ScopeGuard;
import org.yuanwu.organization.UnitView;
import org.yuanwu.survey.internal.Questionnaire;
import org.yuanwu.survey.internal.QuestionnaireRepository;

/**
 * Who may see and change questionnaires: SURVEY_READ users whose data scope covers the owning
 * unit read it (a hospital-wide questionnaire, owned by no unit, is read by all of them); SURVEY_WRITE
 * users whose scope covers the owning unit change it. Results and links are limited to target units
 * in the caller's scope.
 */
@Component
class SurveyAccess {

    static final ZoneId ZONE = HospitalTime.ZONE;

    private final QuestionnaireRepository questionnaires;
    private final OrgUnitService units;
    private final ScopeGuard scope;
    private final Clock clock;

    SurveyAccess(QuestionnaireRepository questionnaires, OrgUnitService units, ScopeGuard scope, Optional<Clock> clock) {
        this.questionnaires = questionnaires;
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

    Questionnaire load(Long id) {
        return questionnaires.findById(id).orElseThrow(() -> DomainException.notFound("survey.error.notFound", id));
    }

    UnitView unit(Long unitId) {
        return units.find(unitId).orElseThrow(() -> DomainException.invalid("unitId", "survey.error.unitUnknown", unitId));
    }

    String unitName(Long unitId) {
        return unitId == null ? null : units.find(unitId).map(UnitView::name).orElse("#" + unitId);
    }

    Actor readable(Questionnaire q) {
        Actor actor = CurrentActor.require(Permissions.SURVEY_READ);
        if (q.getUnitId() != null && !scope.canSee(actor, q.getUnitId())) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    Actor writable(Questionnaire q) {
        Actor actor = CurrentActor.require(Permissions.SURVEY_WRITE);
        if (q.getUnitId() != null && !scope.canSee(actor, q.getUnitId())) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    boolean mayWrite(Actor actor, Questionnaire q) {
        return actor.can(Permissions.SURVEY_WRITE) && (q.getUnitId() == null || scope.canSee(actor, q.getUnitId()));
    }

    /** A unit in the caller's scope, for owning a questionnaire or being the target of a link. */
    UnitView unitInScope(Actor actor, Long unitId, String field) {
        if (unitId == null) {
            throw DomainException.invalid(field, "survey.error.unitRequired");
        }
        UnitView unit = units.find(unitId).orElseThrow(() -> DomainException.invalid(field, "survey.error.unitUnknown", unitId));
        if (!scope.canSee(actor, unit.id(), unit.path())) {
            throw new AccessDeniedProblem();
        }
        if (!unit.active()) {
            throw DomainException.invalid(field, "survey.error.unitInactive", unit.name());
        }
        return unit;
    }

    /** The unit ids the actor sees, or null for every unit. */
    Collection<Long> scopedUnitIds(Actor actor) {
        return scope.visibleUnitIds(actor);
    }

    /** The units of a filter (the unit and all below it) intersected with the actor's scope; null for "all". */
    Collection<Long> filterUnits(Actor actor, Long unitId) {
        Collection<Long> scoped = scopedUnitIds(actor);
        if (unitId == null) {
            return scoped;
        }
        List<Long> subtree = units.subtreeIds(unitId);
        if (scoped == null) {
            return subtree;
        }
        Set<Long> allowed = new LinkedHashSet<>(scoped);
        return subtree.stream().filter(allowed::contains).toList();
    }
}
