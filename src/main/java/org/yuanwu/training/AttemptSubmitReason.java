package org.yuanwu.training;

/** Why an attempt ended: the candidate submitted it, or its deadline passed. */
public enum AttemptSubmitReason {
    CANDIDATE, TIMEOUT
}
