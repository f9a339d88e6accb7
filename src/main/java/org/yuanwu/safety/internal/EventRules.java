package org.yuanwu.safety.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.yuanwu.safety.EventLevel;
import org.yuanwu.safety.EventStatus;

/** The adverse-event rules the service and its tests share. */
public final class EventRules {

    private EventRules() {
    }

    /**
     * An event repeats when an earlier counted event of the same type in the same unit happened within the window
     * (in days) before it, the window's first day included.
     */
    public static boolean repeats(LocalDate earlier, LocalDate current, int windowDays) {
        return !earlier.isAfter(current) && !earlier.isBefore(current.minusDays(windowDays));
    }

    /** Why the event cannot be closed yet (a message key), or null when it can. */
    public static String closingBlocker(EventStatus status, EventLevel level, boolean hasRca, boolean repeat,
                                        String accountability) {
        if (status != EventStatus.ACCEPTED) {
            return "event.error.closeNotAccepted";
        }
        if (level.needsRootCauseAnalysis() && !hasRca) {
            return "event.error.rcaRequired";
        }
        if (repeat && (accountability == null || accountability.isBlank())) {
            return "event.error.accountabilityMissing";
        }
        return null;
    }

    /** An event cannot be reported as happening later than now (a few minutes of clock drift allowed). */
    public static boolean inFuture(Instant occurredAt, Instant now) {
        return occurredAt.isAfter(now.plusSeconds(300));
    }

    /** Counted as an event (facts, repeats, review) once the quality office accepted it. */
    public static boolean counted(EventStatus status) {
        return status == EventStatus.ACCEPTED || status == EventStatus.CLOSED;
    }
}
