package org.yuanwu.party;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Criteria for the conduct list; all optional. {@code unitId} includes the units below it. */
public record ConductFilter(ConductKind kind, Long unitId, Long staffId,
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            Boolean withdrawn) {

    public static ConductFilter none() {
        return new ConductFilter(null, null, null, null, null, null);
    }
}
