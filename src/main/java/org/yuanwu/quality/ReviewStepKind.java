package org.yuanwu.quality;

/** Steps of the review chain (see the rules in the service): submit, review, sign off, or return to the inspector. */
public enum ReviewStepKind { SUBMIT, REVIEW, SIGN_OFF, RETURN }
