package org.yuanwu.common;

import java.util.Set;

/** Work done by the application itself (first-start set-up, demo data). */
public record SystemActor(String username) implements Actor {

    public static final SystemActor INSTANCE = new SystemActor("system");

    @Override public Long userId() { return null; }
    @Override public DataScope dataScope() { return DataScope.ALL; }
    @Override public Long scopeUnitId() { return null; }
    @Override public Set<String> permissions() { return Permissions.ALL; }
    @Override public boolean can(String permission) { return true; }
}
