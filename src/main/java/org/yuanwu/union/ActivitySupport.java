package org.yuanwu.union;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
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
 * What the activities, contests, honours and health-check services share: the clock and the hospital's date, who
 * the caller is on the staff register, unit and scope checks, money in fen, and the audit trail.
 */
@Component
class ActivitySupport {

    private final OrgUnitService units;
    private final StaffService staff;
    private final ScopeGuard scope;
    private final UserAccounts users;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    ActivitySupport(OrgUnitService units, StaffService staff, ScopeGuard scope, UserAccounts users,
                    ApplicationEventPublisher events, MessageSource messages, Optional<Clock> clock) {
        this.units = units;
        this.staff = staff;
        this.scope = scope;
        this.users = users;
        this.events = events;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    Instant now() {
        return Instant.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(HospitalTime.ZONE));
    }

    /** The staff record the signed-in user's account is linked to, if any. */
    Optional<Long> ownStaffId(Actor actor) {
        if (actor.username() == null || actor.userId() == null) {
            return Optional.empty();
        }
        return users.findByUsername(actor.username()).map(UserView::staffId);
    }

    StaffView staff(Long staffId, String field) {
        if (staffId == null) {
            throw DomainException.invalid(field, "activity.error.staffRequired");
        }
        return staff.find(staffId).orElseThrow(() -> DomainException.invalid(field, "activity.error.staffUnknown", staffId));
    }

    Optional<StaffView> findStaff(Long staffId) {
        return staff.find(staffId);
    }

    UnitView unit(Long unitId, String field) {
        if (unitId == null) {
            throw DomainException.invalid(field, "activity.error.unitRequired");
        }
        return units.find(unitId).orElseThrow(() -> DomainException.invalid(field, "activity.error.unitUnknown", unitId));
    }

    String unitName(Long unitId) {
        return unitId == null ? null : units.find(unitId).map(UnitView::name).orElse("#" + unitId);
    }

    java.util.List<Long> subtreeIds(Long unitId) {
        return units.subtreeIds(unitId);
    }

    java.util.Collection<Long> visibleUnitIds(Actor actor) {
        return scope.visibleUnitIds(actor);
    }

    boolean canSee(Actor actor, Long unitId) {
        return scope.canSee(actor, unitId);
    }

    /** The caller with the permission, whose data scope covers the unit; 403 otherwise. */
    Actor manager(String permission, Long unitId) {
        Actor actor = CurrentActor.require(permission);
        if (unitId != null && !scope.canSee(actor, unitId)) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    /** Anyone signed in (and the system, for the demo). */
    Actor signedIn() {
        Actor actor = CurrentActor.get();
        if (actor.username() == null) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    boolean canManageUnion(Actor actor) {
        return actor.can(Permissions.UNION_WRITE);
    }

    /** Yuan with at most two decimals, not negative, as fen; null stays null. */
    static Long fen(BigDecimal yuan, String field) {
        if (yuan == null) {
            return null;
        }
        if (yuan.signum() < 0) {
            throw DomainException.invalid(field, "activity.error.moneyNegative");
        }
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid(field, "activity.error.moneyScale");
        }
        if (yuan.compareTo(BigDecimal.valueOf(100_000_000L)) > 0) {
            throw DomainException.invalid(field, "activity.error.moneyTooLarge");
        }
        return yuan.movePointRight(2).longValueExact();
    }

    static String required(String text, String field, String key, int max) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid(field, key);
        }
        return limited(text, field, max);
    }

    static String limited(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (s.length() > max) {
            throw DomainException.invalid(field, "error.tooLong", max);
        }
        return s;
    }

    void created(String type, Object id, String summary, Map<String, Object> after) {
        events.publishEvent(RecordChanged.created(type, id, summary, after));
    }

    void updated(String type, Object id, String summary, Map<String, Object> before, Map<String, Object> after) {
        events.publishEvent(RecordChanged.updated(type, id, summary, before, after));
    }

    void deactivated(String type, Object id, String summary, Map<String, Object> before, Map<String, Object> after) {
        events.publishEvent(RecordChanged.of(AuditAction.DEACTIVATE, type, id, summary, before, after));
    }

    String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
