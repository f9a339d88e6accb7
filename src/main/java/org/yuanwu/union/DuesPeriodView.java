package org.yuanwu.union;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One member's dues for a month ("2026-03"); arrears when unpaid after the month has ended. */
public record DuesPeriodView(Long id, Long memberId, String cardNo, String memberName, Long unitId, String unitName,
                             String month, BigDecimal due, LocalDate paidOn, BigDecimal paid, Long entryId,
                             boolean arrears, long version) {
}
