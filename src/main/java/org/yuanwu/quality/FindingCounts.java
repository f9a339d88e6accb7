package org.yuanwu.quality;

/** Findings of a unit subtree for dashboards and the year-end summary. */
public record FindingCounts(long open, long answered, long overdue, long recurrences, long accepted) {
}
