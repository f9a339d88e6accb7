package org.yuanwu.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A further-study period or external credit as stored; withdrawn ones no longer count. */
public record CreditEntryView(Long id, Long staffId, Long unitId, CreditEntryKind kind, String title, String institution,
                              String specialty, LocalDate startsOn, LocalDate endsOn, BigDecimal creditHours,
                              String evidence, String note, boolean withdrawn, String withdrawnReason, String createdBy,
                              long version) {
}
