package org.yuanwu.party;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
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
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ScopeGuard;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;

/** What every party service needs: the clock, the org tree and staff, scope checks, the audit trail, labels. */
@Component
class PartySupport {

    final OrgUnitService units;
    final StaffService staff;
    final ScopeGuard scope;
    final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    PartySupport(OrgUnitService units, StaffService staff, ScopeGuard scope, ApplicationEventPublisher events,
                 MessageSource messages, Optional<Clock> clock) {
        this.units = units;
        this.staff = staff;
        this.scope = scope;
        this.events = events;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(HospitalTime.ZONE));
    }

    Instant now() {
        return Instant.now(clock);
    }

    /** The caller, who must hold one of the permissions. */
    static Actor requireAny(String... permissions) {
        Actor actor = CurrentActor.get();
        for (String p : permissions) {
            if (actor.can(p)) {
                return actor;
            }
        }
        throw new AccessDeniedProblem();
    }

    /** A unit the caller names for a record: it must exist and be within her scope. */
    UnitView unitInScope(Actor actor, Long unitId, String field) {
        if (unitId == null) {
            throw DomainException.invalid(field, "party.error.unitRequired");
        }
        UnitView unit = units.find(unitId).orElseThrow(() -> DomainException.invalid(field, "party.error.unitUnknown", unitId));
        if (!scope.canSee(actor, unit.id(), unit.path())) {
            throw new AccessDeniedProblem();
        }
        return unit;
    }

    boolean canSee(Actor actor, Long unitId) {
        return unitId != null && scope.canSee(actor, unitId);
    }

    /** Null for every unit. */
    Collection<Long> visibleUnitIds(Actor actor) {
        return scope.visibleUnitIds(actor);
    }

    StaffView staffMember(Long staffId, String field) {
        if (staffId == null) {
            throw DomainException.invalid(field, "party.error.staffRequired");
        }
        return staff.find(staffId).orElseThrow(() -> DomainException.invalid(field, "party.error.staffUnknown", staffId));
    }

    String unitName(Long id, Map<Long, String> cache) {
        return id == null ? null : cache.computeIfAbsent(id, k -> units.find(k).map(UnitView::name).orElse("#" + k));
    }

    String staffName(Long id, Map<Long, String> cache) {
        return id == null ? null : cache.computeIfAbsent(id, k -> staff.find(k).map(StaffView::name).orElse("#" + k));
    }

    void created(String type, Long id, String summary, Map<String, Object> after) {
        events.publishEvent(RecordChanged.created(type, id, summary, after));
    }

    void updated(String type, Long id, String summary, Map<String, Object> before, Map<String, Object> after) {
        events.publishEvent(RecordChanged.updated(type, id, summary, before, after));
    }

    void deactivated(String type, Long id, String summary, Map<String, Object> before, Map<String, Object> after) {
        events.publishEvent(RecordChanged.of(AuditAction.DEACTIVATE, type, id, summary, before, after));
    }

    void publish(Object event) {
        events.publishEvent(event);
    }

    String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String required(String value, String field, String key, int max) {
        String v = clean(value);
        if (v == null) {
            throw DomainException.invalid(field, key);
        }
        return limited(v, field, max);
    }

    static String limited(String value, String field, int max) {
        String v = clean(value);
        if (v != null && v.length() > max) {
            throw DomainException.invalid(field, "error.tooLong", max);
        }
        return v;
    }

    static String reason(String value) {
        return required(value, "reason", "party.error.reasonRequired", 500);
    }

    static String summary(String text) {
        return text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
