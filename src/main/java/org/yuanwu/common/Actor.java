package org.yuanwu.common;

import java.util.Set;

/** The person (or the system) doing something: who they are, what they may do, what they may see. */
public interface Actor {

    Long userId();

    String username();

    DataScope dataScope();

    /** The unit their data scope is anchored at; null only for {@link DataScope#ALL}. */
    Long scopeUnitId();

    Set<String> permissions();

    default boolean can(String permission) {
        return permissions().contains(permission);
    }
}
