package org.yuanwu.union;

/** A membership is active, or ended by leaving the union or by retirement (retirees stay cared for). */
public enum MemberStatus {
    ACTIVE, RETIRED, LEFT
}
