package org.yuanwu.union;

/** An activity is planned (sign-up open until its deadline), held (attendance recorded) or cancelled with a reason. */
public enum ActivityStatus {
    PLANNED, HELD, CANCELLED
}
