package org.yuanwu.common;

/** How much of the org tree a user may see: their own unit, their unit and all below it, or everything. */
public enum DataScope {
    OWN_UNIT,
    SUBTREE,
    ALL;

    /**
     * Whether a record located at {@code targetPath} is visible to a user anchored at
     * {@code anchorPath}/{@code anchorUnitId}. Paths are materialized ("/1/4/17/").
     */
    public boolean permits(Long anchorUnitId, String anchorPath, Long targetUnitId, String targetPath) {
        return switch (this) {
            case ALL -> true;
            case OWN_UNIT -> anchorUnitId != null && anchorUnitId.equals(targetUnitId);
            case SUBTREE -> anchorPath != null && targetPath != null && targetPath.startsWith(anchorPath);
        };
    }
}
