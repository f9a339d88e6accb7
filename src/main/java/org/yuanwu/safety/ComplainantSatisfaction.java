package org.yuanwu.safety;

/** The complainant's view of the answer, asked when closing: satisfied, basically, not satisfied, or not reached. */
public enum ComplainantSatisfaction {
    SATISFIED, BASICALLY_SATISFIED, NOT_SATISFIED, UNREACHABLE
}
