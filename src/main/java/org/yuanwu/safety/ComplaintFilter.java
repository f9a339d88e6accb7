package org.yuanwu.safety;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Criteria for the complaint list; every field optional. {@code unitId} includes the units below
 * it; {@code from}/{@code to} bound the received date; {@code overdue=true} keeps those not answered
 * by their due date.
 */
public record ComplaintFilter(ComplaintStatus status, Boolean overdue, Long unitId, ComplaintChannel channel,
                              ComplaintKind kind, ComplaintCategory category,
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    public static ComplaintFilter none() {
        return new ComplaintFilter(null, null, null, null, null, null, null, null);
    }
}
