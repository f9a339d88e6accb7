package org.yuanwu.organization;

/** An org unit as callers see it. */
public record UnitView(Long id, String code, String name, OrgUnitKind kind, Long parentId, String path, int depth,
                       Integer bedCount, Integer servedPopulation, HygieneClass hygieneClass, boolean active,
                       String deactivatedReason, long version, boolean hasChildren) {
}
