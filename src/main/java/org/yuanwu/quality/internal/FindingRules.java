package org.yuanwu.quality.internal;

import java.time.LocalDate;
import org.yuanwu.quality.FindingStatus;

/** Overdue and recurrence, as the findings list and the indicator see them. */
public final class FindingRules {

    private FindingRules() {
    }

    /** Still open or answered (not yet accepted) after the deadline day. */
    public static boolean overdue(FindingStatus status, LocalDate deadline, LocalDate today) {
        return (status == FindingStatus.OPEN || status == FindingStatus.ANSWERED) && today.isAfter(deadline);
    }

    /**
     * A finding recurs when the same item (by its stable code) failed in the same unit on an earlier
     * inspection dated within the window before this one.
     */
    public static boolean recurs(LocalDate earlierInspection, LocalDate thisInspection, int windowDays) {
        return !earlierInspection.isAfter(thisInspection)
                && !earlierInspection.isBefore(thisInspection.minusDays(windowDays));
    }

    /** Counts toward the on-time rate: accepted on or before the deadline. */
    public static boolean closedOnTime(FindingStatus status, LocalDate closedOn, LocalDate deadline) {
        return status == FindingStatus.ACCEPTED && closedOn != null && !closedOn.isAfter(deadline);
    }
}
