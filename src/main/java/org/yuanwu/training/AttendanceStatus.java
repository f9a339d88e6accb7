package org.yuanwu.training;

/** An invitee's attendance: not yet recorded, present, or absent (with a reason). */
public enum AttendanceStatus {
    PENDING, PRESENT, ABSENT
}
