package org.yuanwu.union;

import java.time.LocalDate;
import java.util.List;

/** A campaign with how many are due and how many have attended (of those in the caller's scope). */
public record HealthCheckView(Long id, int year, String provider, LocalDate startsOn, LocalDate endsOn,
                              boolean audienceAll, List<String> audienceUnitNames, long due, long attended, long version) {
}
