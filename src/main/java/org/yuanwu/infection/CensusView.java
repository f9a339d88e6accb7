package org.yuanwu.infection;

import java.time.Instant;
import java.time.LocalDate;

public record CensusView(Long id, Long unitId, String unitName, CensusGranularity granularity, LocalDate date,
                         int admissions, int discharges, int patientDays, int centralLineDays, int urinaryCatheterDays,
                         int ventilatorDays, int operations, String updatedBy, Instant updatedAt, long version) {
}
