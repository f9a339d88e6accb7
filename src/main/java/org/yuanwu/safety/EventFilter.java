package org.yuanwu.safety;

/**
 * Events of a unit (and below), in a month ("2026-11"), of a level, a type, a status; {@code mine} keeps only the
 * caller's own named reports.
 */
public record EventFilter(Long unitId, String month, EventLevel level, EventType type, EventStatus status, Boolean mine) {

    public static EventFilter none() {
        return new EventFilter(null, null, null, null, null, null);
    }
}
