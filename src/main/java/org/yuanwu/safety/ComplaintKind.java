package org.yuanwu.safety;

/** A complaint (something went wrong) or a suggestion (something could be better). */
public enum ComplaintKind {
    COMPLAINT, SUGGESTION
}
