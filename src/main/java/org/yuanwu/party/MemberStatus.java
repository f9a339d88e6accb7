package org.yuanwu.party;

/** Where a party member stands: probationary (预备党员), full (正式党员), or transferred out of the hospital. */
public enum MemberStatus {
    PROBATIONARY, FULL, TRANSFERRED_OUT;

    public boolean active() {
        return this != TRANSFERRED_OUT;
    }
}
