package org.yuanwu.infection;

import java.time.LocalDate;
import java.util.List;

/** At least the threshold number of cases with the same pathogen in one ward within the window: a possible outbreak. */
public record ClusterAlert(Long unitId, String unitName, String pathogen, LocalDate firstOnset, LocalDate lastOnset,
                           List<Long> caseIds) {
}
