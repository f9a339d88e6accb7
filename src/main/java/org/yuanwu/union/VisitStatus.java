package org.yuanwu.union;

/** A hospital visit owed (OPEN) or made (DONE). */
public enum VisitStatus {
    OPEN, DONE
}
