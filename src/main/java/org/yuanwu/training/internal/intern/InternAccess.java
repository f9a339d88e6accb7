package org.yuanwu.training.internal.intern;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.HospitalTime;
import org.yuanwu.common.Permissions;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserView;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ScopeGuard;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;

/**
 * Who may see and change an intake, shared by the intern services. An intake is seen by TRAINING_READ users whose
 * scope covers its organising unit or a ward its interns rotate through; it is managed (TRAINING_WRITE) from the
 * organising unit's scope; a rotation is also managed from its ward's scope (the head nurse assigns the tutor).
 */
@Component
public class InternAccess {

    private final InternIntakeRepository intakes;
    private final InternRotationRepository rotations;
    private final OrgUnitService units;
    private final StaffService staff;
    private final UserAccounts users;
    private final ScopeGuard scope;
    private final Clock clock;

    InternAccess(InternIntakeRepository intakes, InternRotationRepository rotations, OrgUnitService units,
                 StaffService staff, UserAccounts users, ScopeGuard scope, Optional<Clock> clock) {
        this.intakes = intakes;
        this.rotations = rotations;
        this.units = units;
        this.staff = staff;
        this.users = users;
        this.scope = scope;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(HospitalTime.ZONE));
    }

    public InternIntake intake(Long id) {
        return intakes.findById(id).orElseThrow(() -> DomainException.notFound("intern.error.intakeNotFound", id));
    }

    /** Null for "every unit". */
    public Collection<Long> visibleUnitIds(Actor actor) {
        return scope.visibleUnitIds(actor);
    }

    public boolean canSeeUnit(Actor actor, Long unitId) {
        return unitId != null && scope.canSee(actor, unitId);
    }

    public boolean readableBy(Actor actor, InternIntake intake) {
        if (!actor.can(Permissions.TRAINING_READ)) {
            return false;
        }
        if (canSeeUnit(actor, intake.getUnitId())) {
            return true;
        }
        return rotations.activeOfIntake(intake.getId()).stream().anyMatch(r -> canSeeUnit(actor, r.getUnitId()));
    }

    public Actor readable(InternIntake intake) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_READ);
        if (!readableBy(actor, intake)) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    public boolean managedBy(Actor actor, InternIntake intake) {
        return actor.can(Permissions.TRAINING_WRITE) && canSeeUnit(actor, intake.getUnitId());
    }

    public Actor manageable(InternIntake intake) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_WRITE);
        if (!canSeeUnit(actor, intake.getUnitId())) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    /** The intake's managers, or TRAINING_WRITE users whose scope covers the rotation's ward. */
    public Actor rotationManageable(InternIntake intake, Long wardId) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_WRITE);
        if (!canSeeUnit(actor, intake.getUnitId()) && !canSeeUnit(actor, wardId)) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    public void requireActive(InternIntake intake) {
        if (intake.isRemoved()) {
            throw DomainException.conflict("intern.error.intakeRemoved");
        }
    }

    /** The staff record of the signed-in user, if her account is linked to one. */
    public Optional<Long> myStaffId() {
        Actor actor = CurrentActor.get();
        if (actor.username() == null) {
            return Optional.empty();
        }
        return users.findByUsername(actor.username()).map(UserView::staffId);
    }

    public Optional<StaffView> staffMember(Long id) {
        return staff.find(id);
    }

    public Optional<UnitView> unit(Long id) {
        return units.find(id);
    }

    /** Remembers names per request so a list asks once per unit or person. */
    public Names names() {
        return new Names();
    }

    public class Names {
        private final Map<Long, String> unitNames = new HashMap<>();
        private final Map<Long, String> staffNames = new HashMap<>();

        public String unit(Long id) {
            return id == null ? null : unitNames.computeIfAbsent(id, k -> units.find(k).map(UnitView::name).orElse("#" + k));
        }

        public String staff(Long id) {
            return id == null ? null : staffNames.computeIfAbsent(id, k -> staff.find(k).map(StaffView::name).orElse("#" + k));
        }
    }
}
