package org.yuanwu.infection;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** One load: the Bowie-Dick result (first load of the day, pre-vacuum only), chemical (always), biological (optional). */
public record LoadForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate loadDate, Integer packs, TestResult bowieDick,
                       TestResult chemical, TestResult biological, String note) {
}
