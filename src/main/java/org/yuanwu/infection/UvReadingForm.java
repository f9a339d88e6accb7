package org.yuanwu.infection;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An intensity reading in µW/cm² at 1 m; {@code newLampTest} for the test before a new lamp is used. */
public record UvReadingForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate measuredOn, BigDecimal intensity,
                            Boolean newLampTest, Integer hoursUsed) {
}
