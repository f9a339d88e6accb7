package org.yuanwu.training;

import org.yuanwu.common.HospitalTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserView;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ScopeGuard;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;
import org.yuanwu.training.internal.exam.Exam;
import org.yuanwu.training.internal.exam.ExamRepository;

/**
 * Who may do what with the question bank and exams. The bank and exam management need
 * TRAINING_WRITE over the owning unit (the bank holds the answers, so plain readers never see it);
 * results need TRAINING_READ and show the candidates in the reader's data scope; a candidate
 * always sees her own exams.
 */
@Component
class ExamAccess {

    static final ZoneId ZONE = HospitalTime.ZONE;

    private final ExamRepository exams;
    private final OrgUnitService units;
    private final ScopeGuard scope;
    private final StaffService staff;
    private final UserAccounts users;
    private final Clock clock;

    ExamAccess(ExamRepository exams, OrgUnitService units, ScopeGuard scope, StaffService staff, UserAccounts users,
               Optional<Clock> clock) {
        this.exams = exams;
        this.units = units;
        this.scope = scope;
        this.staff = staff;
        this.users = users;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    Instant now() {
        return Instant.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    LocalDate localDate(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    Exam load(Long id) {
        return exams.findById(id).orElseThrow(() -> DomainException.notFound("exam.error.notFound", id));
    }

    UnitView unit(Long unitId) {
        return units.find(unitId).orElseThrow(() -> DomainException.notFound("org.error.notFound", unitId));
    }

    String unitName(Long unitId) {
        return units.find(unitId).map(UnitView::name).orElse("#" + unitId);
    }

    Map<Long, String> unitNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            names.put(id, unitName(id));
        }
        return names;
    }

    Optional<StaffView> staff(Long staffId) {
        return staff.find(staffId);
    }

    /** The staff record of the signed-in user, if her account is linked to one. */
    Optional<Long> ownStaffId(Actor actor) {
        if (actor.username() == null || actor.userId() == null) {
            return Optional.empty();
        }
        return users.findByUsername(actor.username()).map(UserView::staffId);
    }

    /** The caller, if she may manage records of the unit (TRAINING_WRITE over it); 403 otherwise. */
    Actor manager(Long unitId) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_WRITE);
        UnitView unit = unit(unitId);
        if (!scope.canSee(actor, unit.id(), unit.path())) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    boolean manages(Actor actor, Long unitId) {
        if (!actor.can(Permissions.TRAINING_WRITE)) {
            return false;
        }
        return units.find(unitId).map(u -> scope.canSee(actor, u.id(), u.path())).orElse(false);
    }

    boolean sees(Actor actor, Long unitId) {
        return actor.can(Permissions.TRAINING_READ) && scope.canSee(actor, unitId);
    }

    /** The units in the actor's data scope; null for every unit. */
    Collection<Long> scopedUnitIds(Actor actor) {
        return scope.visibleUnitIds(actor);
    }

    /** The units whose bank questions an exam of this unit may use: the unit, its ancestors and all below it. */
    Set<Long> bankUnitsFor(Long unitId) {
        UnitView unit = unit(unitId);
        Set<Long> ids = new LinkedHashSet<>(units.subtreeIds(unitId));
        for (String part : unit.path().split("/")) {
            if (!part.isBlank()) {
                ids.add(Long.valueOf(part));
            }
        }
        return ids;
    }

    boolean unitExists(Long unitId) {
        return units.find(unitId).isPresent();
    }

    List<Long> subtree(Long unitId) {
        return new ArrayList<>(units.subtreeIds(unitId));
    }
}
