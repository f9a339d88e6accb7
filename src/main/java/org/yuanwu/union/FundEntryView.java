package org.yuanwu.union;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A posted journal entry with its lines; a reversed one names the entry that cancelled it. */
public record FundEntryView(Long id, LocalDate postedOn, String memo, String sourceType, Long sourceId,
                            Long reversesEntryId, Long reversedByEntryId, BigDecimal total, List<LineView> lines,
                            String createdBy, Instant createdAt) {

    public record LineView(FundAccount account, BigDecimal debit, BigDecimal credit) {
    }
}
