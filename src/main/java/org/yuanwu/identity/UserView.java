package org.yuanwu.identity;

import java.time.Instant;
import java.util.Set;
import org.yuanwu.common.DataScope;

/** A user account as callers see it (never the password hash). */
public record UserView(Long id, String username, String displayName, Long staffId, Long scopeUnitId,
                       String scopeUnitName, DataScope dataScope, Set<Role> roles, boolean enabled,
                       boolean locked, Instant lockedUntil, boolean mustChangePassword, long version) {
}
