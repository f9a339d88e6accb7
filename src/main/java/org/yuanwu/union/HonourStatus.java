package org.yuanwu.union;

/**
 * applied → recommended → awarded; not awarded from applied or recommended; any entry but a withdrawn one may be
 * withdrawn (a mistaken entry stays on record with its reason).
 */
public enum HonourStatus {
    APPLIED, RECOMMENDED, AWARDED, NOT_AWARDED, WITHDRAWN;

    public boolean mayMoveTo(HonourStatus next) {
        return switch (next) {
            case RECOMMENDED -> this == APPLIED;
            case AWARDED -> this == RECOMMENDED;
            case NOT_AWARDED -> this == APPLIED || this == RECOMMENDED;
            case WITHDRAWN -> this != WITHDRAWN;
            case APPLIED -> false;
        };
    }

    /** Still being decided: the entry may be corrected. */
    public boolean pending() {
        return this == APPLIED || this == RECOMMENDED;
    }
}
