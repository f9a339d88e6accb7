package org.yuanwu.demo;

import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.yuanwu.common.Actor;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserView;

/**
 * Runs a piece of demo generation as one of the demo users, for records whose rules need a person: a review chain
 * where the reviewer may not be the inspector, an answer by the ward and a verification by the office. The user's
 * own roles and data scope apply, so the demo obeys the same rules as a person would.
 */
@Component
class DemoActors {

    private record DemoActor(Long userId, String username, DataScope dataScope, Long scopeUnitId, Set<String> permissions)
            implements Actor {
    }

    private final UserAccounts users;

    DemoActors(UserAccounts users) {
        this.users = users;
    }

    <T> T as(String username, Supplier<T> work) {
        UserView user = users.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("no demo user " + username));
        Actor actor = new DemoActor(user.id(), user.username(), user.dataScope(), user.scopeUnitId(),
                Role.permissionsOf(user.roles()));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(actor, null, java.util.List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
