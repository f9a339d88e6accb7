package org.yuanwu.training;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.yuanwu.common.Actor;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.ApiTokens;
import org.yuanwu.identity.CreatedUser;
import org.yuanwu.identity.Role;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserForm;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.organization.StaffForm;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.TestFixtures;

/** Test helpers for the intern scenarios: staff of a given title, and accounts linked to a staff record. */
public final class InternScenario {

    private InternScenario() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** Monday eight weeks ago: the intake's first day, so the first two four-week blocks have ended. */
    public static LocalDate start() {
        return today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(8);
    }

    public static StaffView staff(TestFixtures fixtures, StaffService staff, Long unitId, ProfessionalTitle title) {
        StaffForm f = fixtures.staffForm(unitId);
        f.setTitle(title);
        return staff.create(f);
    }

    public record Account(String username, String token) {
    }

    /** An account for the staff member (password {@link TestFixtures#PASSWORD}) and an API token that signs in as it. */
    public static Account accountFor(UserAccounts users, ApiTokens tokens, StaffView s, Set<Role> roles, DataScope scope) {
        CreatedUser user = users.create(UserForm.of(TestFixtures.unique("t").toLowerCase(), s.name(), s.id(), s.unitId(),
                scope, EnumSet.copyOf(roles)), TestFixtures.PASSWORD);
        Long id = user.user().id();
        String username = user.user().username();
        Actor actor = new Actor() {
            @Override public Long userId() { return id; }
            @Override public String username() { return username; }
            @Override public DataScope dataScope() { return scope; }
            @Override public Long scopeUnitId() { return s.unitId(); }
            @Override public Set<String> permissions() { return Set.of(); }
        };
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken(actor, null));
        SecurityContextHolder.setContext(context);
        try {
            return new Account(username, tokens.issue("test", 1).secret());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
