package org.yuanwu.infection;

import java.time.LocalDate;

/**
 * A ward's census for a day, or for a month (any date in it). Every count is required and may be 0; a month
 * entry and day entries for the same ward and month exclude each other, so nothing is counted twice.
 */
public record CensusForm(Long unitId, CensusGranularity granularity, LocalDate date, Integer admissions,
                         Integer discharges, Integer patientDays, Integer centralLineDays, Integer urinaryCatheterDays,
                         Integer ventilatorDays, Integer operations, Long version) {
}
