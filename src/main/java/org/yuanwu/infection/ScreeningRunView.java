package org.yuanwu.infection;

import java.time.Instant;

/** A screening run: FULL reads every event, INCREMENTAL those received since the last run. */
public record ScreeningRunView(Long id, String mode, Instant startedAt, Instant finishedAt, long eventsAfter,
                               long lastEventId, int suspectsCreated, String startedBy) {
}
