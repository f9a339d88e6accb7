package org.yuanwu.union;

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
import org.yuanwu.support.TestFixtures;

/** Accounts linked to staff records (so they can sign up for activities), with an API token or a password. */
final class ActivityPeople {

    private ActivityPeople() {
    }

    /** Creates an account for the staff member and returns its username; the password is {@link TestFixtures#PASSWORD}. */
    static String account(UserAccounts users, Long staffId, Long unitId, Set<Role> roles) {
        return users.create(UserForm.of(TestFixtures.unique("s").toLowerCase(), "职工", staffId, unitId, DataScope.OWN_UNIT,
                EnumSet.copyOf(roles)), TestFixtures.PASSWORD).user().username();
    }

    /** Creates an account for the staff member and returns "Bearer …" for the API. */
    static String bearer(UserAccounts users, ApiTokens tokens, Long staffId, Long unitId, Set<Role> roles) {
        CreatedUser user = users.create(UserForm.of(TestFixtures.unique("s").toLowerCase(), "职工", staffId, unitId,
                DataScope.OWN_UNIT, EnumSet.copyOf(roles)), TestFixtures.PASSWORD);
        Actor actor = new Actor() {
            @Override public Long userId() { return user.user().id(); }
            @Override public String username() { return user.user().username(); }
            @Override public DataScope dataScope() { return DataScope.OWN_UNIT; }
            @Override public Long scopeUnitId() { return unitId; }
            @Override public Set<String> permissions() { return Set.of(); }
        };
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken(actor, null));
        SecurityContextHolder.setContext(context);
        try {
            return "Bearer " + tokens.issue("test", 1).secret();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
