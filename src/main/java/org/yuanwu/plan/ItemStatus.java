package org.yuanwu.plan;

/**
 * How a plan item stands, worst first: missed, at risk, no data yet, on track, achieved.
 * The declaration order is used to find the worst status of several units.
 */
public enum ItemStatus {
    MISSED, AT_RISK, NO_DATA, ON_TRACK, ACHIEVED;

    /** Counts toward the plan's progress. */
    public boolean good() {
        return this == ACHIEVED || this == ON_TRACK;
    }

    /** The badge's Bootstrap classes: green for achieved and on track, amber at risk, red missed, grey no data. */
    public String badgeClass() {
        return switch (this) {
            case ACHIEVED, ON_TRACK -> "text-bg-success";
            case AT_RISK -> "text-bg-warning";
            case MISSED -> "text-bg-danger";
            case NO_DATA -> "text-bg-secondary";
        };
    }
}
