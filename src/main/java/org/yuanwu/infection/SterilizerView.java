package org.yuanwu.infection;

import java.time.LocalDate;

/** A sterilizer; {@code biologicalDue}: no biological result this week yet (it is monitored at least weekly). */
public record SterilizerView(Long id, Long unitId, String unitName, String name, SterilizerKind kind, LocalDate lastLoadDate,
                             LocalDate lastBiologicalDate, boolean biologicalDue, long version) {
}
