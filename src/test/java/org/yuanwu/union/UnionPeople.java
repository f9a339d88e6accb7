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
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.TestFixtures;

/** Staff members with accounts linked to them (the congress knows people by their staff record). */
public class UnionPeople {

    /** A member of staff with an account: her staff id, username (password {@link TestFixtures#PASSWORD}) and API header. */
    public record Person(Long staffId, String name, String username, String auth) {
    }

    private final TestFixtures fixtures;
    private final UserAccounts users;
    private final ApiTokens tokens;

    public UnionPeople(TestFixtures fixtures, UserAccounts users, ApiTokens tokens) {
        this.fixtures = fixtures;
        this.users = users;
        this.tokens = tokens;
    }

    public Person person(Long unitId, Role role, DataScope scope) {
        StaffView s = fixtures.staff(unitId);
        CreatedUser u = users.create(UserForm.of(TestFixtures.unique("p").toLowerCase(), s.name(), s.id(), unitId, scope,
                EnumSet.of(role)), TestFixtures.PASSWORD);
        String secret = runAs(u.user().id(), u.user().username());
        return new Person(s.id(), s.name(), u.user().username(), "Bearer " + secret);
    }

    public Person staffMember(Long unitId) {
        return person(unitId, Role.STAFF_MEMBER, DataScope.OWN_UNIT);
    }

    private String runAs(Long userId, String username) {
        Actor actor = new Actor() {
            @Override public Long userId() { return userId; }
            @Override public String username() { return username; }
            @Override public DataScope dataScope() { return DataScope.ALL; }
            @Override public Long scopeUnitId() { return null; }
            @Override public Set<String> permissions() { return Set.of(); }
        };
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken(actor, null));
        SecurityContextHolder.setContext(context);
        try {
            return tokens.issue("test", 1).secret();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
