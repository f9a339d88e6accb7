package org.yuanwu.plan;

/**
 * Where a plan stands: drafted by its unit, submitted to the parent unit, approved (or returned
 * to its authors with a comment), in progress during its period, and closed at its end.
 */
public enum PlanStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, IN_PROGRESS, CLOSED;

    /** Goals and items may be changed only while the plan is with its authors. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Deliverables are ticked off and evidence is attached once the plan is approved, until it closes. */
    public boolean tracking() {
        return this == APPROVED || this == IN_PROGRESS;
    }

    /** The badge's Bootstrap classes. */
    public String badgeClass() {
        return switch (this) {
            case DRAFT -> "text-bg-light border";
            case SUBMITTED -> "text-bg-info";
            case RETURNED -> "text-bg-warning";
            case APPROVED -> "text-bg-primary";
            case IN_PROGRESS -> "text-bg-success";
            case CLOSED -> "text-bg-secondary";
        };
    }
}
