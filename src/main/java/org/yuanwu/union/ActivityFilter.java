package org.yuanwu.union;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Search criteria for activities, all optional: text in the title or place, kind, status, a date range. */
public record ActivityFilter(String q, ActivityKind kind, ActivityStatus status,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    public static ActivityFilter none() {
        return new ActivityFilter(null, null, null, null, null);
    }
}
