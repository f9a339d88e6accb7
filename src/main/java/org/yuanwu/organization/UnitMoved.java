package org.yuanwu.organization;

/**
 * Published when a unit (with everything below it) moves under another parent, so modules that
 * keep totals per subtree can rebuild them for the ancestors that lost or gained it.
 */
public record UnitMoved(Long unitId, String oldPath, String newPath) {
}
