package org.yuanwu.quality;

import java.math.BigDecimal;
import java.time.Instant;

/** A records-audit round with its counts: records audited, passed, still held from the archive. */
public record RecordAuditRoundView(Long id, Long unitId, String unitName, String month, Long templateId,
                                   String templateName, BigDecimal passMark, BigDecimal dischargedWeight, String title,
                                   long audited, long passed, long held, String createdBy, Instant createdAt,
                                   long version) {
}
