package org.yuanwu.party;

/** A member's move: transferred in from elsewhere, out of the hospital, or between the hospital's branches. */
public enum MoveKind {
    TRANSFER_IN, TRANSFER_OUT, BRANCH_CHANGE, REGULARISED
}
