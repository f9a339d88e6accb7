package org.yuanwu.safety;

/** REPORTED → ACCEPTED (triaged as an event) → CLOSED; or REPORTED → NOT_EVENT (closed by triage as not an event). */
public enum EventStatus {
    REPORTED, ACCEPTED, CLOSED, NOT_EVENT;

    public String badgeClass() {
        return switch (this) {
            case REPORTED -> "text-bg-warning";
            case ACCEPTED -> "text-bg-primary";
            case CLOSED -> "text-bg-success";
            case NOT_EVENT -> "text-bg-dark";
        };
    }
}
