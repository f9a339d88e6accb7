package org.yuanwu.common;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the acting user from the security context; code outside a request acts as the system. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Actor get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Actor actor) {
            return actor;
        }
        return SystemActor.INSTANCE;
    }

    public static Actor require(String permission) {
        Actor actor = get();
        if (!actor.can(permission)) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }
}
