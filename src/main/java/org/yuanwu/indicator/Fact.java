package org.yuanwu.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One counted thing: a measure's value at an org unit on a date. */
public record Fact(String measureCode, Long unitId, LocalDate date, BigDecimal value) {

    public static Fact of(String measureCode, Long unitId, LocalDate date, long value) {
        return new Fact(measureCode, unitId, date, BigDecimal.valueOf(value));
    }
}
