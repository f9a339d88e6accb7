package org.yuanwu.infection;

import java.time.LocalDate;

/** Filters of the case list; every part optional. {@code unitId} includes the units below it. */
public record CaseFilter(Long unitId, CaseStatus status, LocalDate onsetFrom, LocalDate onsetTo, String q) {

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null);
    }
}
