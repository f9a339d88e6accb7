package org.yuanwu.infection;

/** A passing sample needs nothing; a failing one stays OPEN until a passing resample or a corrective action closes it. */
public enum FollowUp {
    NONE, OPEN, CLOSED
}
