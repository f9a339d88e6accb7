package org.yuanwu.training;

/** Why an invitee missed a session. */
public enum AbsenceReason {
    LEAVE, NIGHT_SHIFT, SICK, OTHER
}
