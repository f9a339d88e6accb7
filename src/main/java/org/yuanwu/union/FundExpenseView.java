package org.yuanwu.union;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An expense request and where it stands: approval (meeting and minute number), payment, attachments. */
public record FundExpenseView(Long id, FundAccount category, String purpose, BigDecimal requested, LocalDate requestedOn,
                              String requestedBy, FundExpenseStatus status, BigDecimal approved, LocalDate approvedOn,
                              String approvedBy, LocalDate meetingDate, String meetingMinuteNo, String decisionNote,
                              BigDecimal paid, LocalDate paidOn, FundAccount payAccount, Long entryId,
                              String sourceType, Long sourceId, List<Attachment> attachments, long version) {

    public record Attachment(Long id, String fileName, String contentType, long sizeBytes) {
    }
}
