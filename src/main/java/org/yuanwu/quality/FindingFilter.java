package org.yuanwu.quality;

/** Findings of a unit (and below), in a status, only overdue, only recurrences. */
public record FindingFilter(Long unitId, FindingStatus status, Boolean overdue, Boolean recurrence) {

    public static FindingFilter none() {
        return new FindingFilter(null, null, null, null);
    }
}
