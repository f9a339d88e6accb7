package org.yuanwu.quality;

import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;

/** Filters for audited records: unit (and below), month ({@code yyyy-MM}), status, discharged, record number. */
public record RecordAuditFilter(Long unitId, @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                                RecordAuditStatus status, Boolean discharged, String recordNo) {

    public static RecordAuditFilter none() {
        return new RecordAuditFilter(null, null, null, null, null);
    }
}
