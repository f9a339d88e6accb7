package org.yuanwu.union;

import java.time.LocalDate;

/** A contest with its number of entrants. */
public record ContestView(Long id, String title, LocalDate heldOn, Long organiserUnitId, String organiserUnitName,
                          int rounds, int prizeCount, ContestStatus status, long entrants, long version) {
}
