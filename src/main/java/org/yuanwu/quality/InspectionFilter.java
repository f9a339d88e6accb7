package org.yuanwu.quality;

import java.time.LocalDate;

/** Inspections of a unit and the units below it, of a template kind, in a status, from/to a day. */
public record InspectionFilter(Long unitId, InspectionStatus status, TemplateKind kind, LocalDate from, LocalDate to) {

    public static InspectionFilter none() {
        return new InspectionFilter(null, null, null, null, null);
    }
}
