package org.yuanwu.union;

/** The yearly review keeps a hardship file open or closes it. */
public enum HardshipOutcome {
    CONTINUE, CLOSE
}
