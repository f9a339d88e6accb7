package org.yuanwu.training;

/** PLANNED until attendance is first recorded (then HELD); CANCELLED with a reason withdraws its facts. */
public enum SessionStatus {
    PLANNED, HELD, CANCELLED;

    public String badgeClass() {
        return switch (this) {
            case PLANNED -> "text-bg-info";
            case HELD -> "text-bg-success";
            case CANCELLED -> "text-bg-secondary";
        };
    }
}
