package org.yuanwu.organization;

/** What an import does when some rows are bad. */
public enum ImportMode {
    /** Any bad row and nothing is saved. */
    ALL_OR_NOTHING,
    /** Good rows are saved; bad rows are reported and skipped. */
    VALID_ROWS
}
