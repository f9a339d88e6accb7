package org.yuanwu.safety;

/** Registered → assigned → answered → closed; or withdrawn with a reason (never deleted). */
public enum ComplaintStatus {
    REGISTERED, ASSIGNED, ANSWERED, CLOSED, WITHDRAWN;

    /** Still being worked on: it can be edited, assigned and answered. */
    public boolean active() {
        return this == REGISTERED || this == ASSIGNED || this == ANSWERED;
    }

    public String badgeClass() {
        return switch (this) {
            case REGISTERED -> "text-bg-warning";
            case ASSIGNED -> "text-bg-info";
            case ANSWERED -> "text-bg-primary";
            case CLOSED -> "text-bg-success";
            case WITHDRAWN -> "text-bg-secondary";
        };
    }
}
