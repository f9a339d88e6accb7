package org.yuanwu.union;

/** Scores may be entered while a contest is open; once finished its ranking and prizes are final. */
public enum ContestStatus {
    OPEN, FINISHED
}
