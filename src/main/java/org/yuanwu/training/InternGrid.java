package org.yuanwu.training;

import java.time.LocalDate;
import java.util.List;

/** The rotation grid of an intake: one row per ward, one column per week, the interns in each cell. */
public record InternGrid(List<LocalDate> weeks, List<Row> rows) {

    public record Row(Long unitId, String unitName, List<List<String>> cells) {
    }
}
