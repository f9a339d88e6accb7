package org.yuanwu.quality;

/** OPEN → ANSWERED (corrective action with evidence) → ACCEPTED (closed), or rejected back to OPEN; WITHDRAWN with its inspection. */
public enum FindingStatus {
    OPEN, ANSWERED, ACCEPTED, WITHDRAWN;

    public String badgeClass() {
        return switch (this) {
            case OPEN -> "text-bg-warning";
            case ANSWERED -> "text-bg-info";
            case ACCEPTED -> "text-bg-success";
            case WITHDRAWN -> "text-bg-dark";
        };
    }
}
