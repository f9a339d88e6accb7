package org.yuanwu.party;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A conduct record as callers see it; {@code withdrawReason} set when it was taken off the record. */
public record ConductView(Long id, ConductKind kind, Long unitId, String unitName, Long staffId, String staffName,
                          LocalDate occurredOn, String description, String source, BigDecimal amountYuan,
                          GiftHandling handling, String withdrawReason, String createdBy, Instant createdAt,
                          long version) {
}
