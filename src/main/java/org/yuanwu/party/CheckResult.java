package org.yuanwu.party;

/** The yearly check of a responsibility agreement. */
public enum CheckResult {
    FULFILLED, PARTLY, NOT_FULFILLED
}
