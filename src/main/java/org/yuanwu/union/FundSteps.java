package org.yuanwu.union;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Bodies of the fund API; amounts in yuan with two decimals, each step with the version the caller saw. */
public final class FundSteps {

    private FundSteps() {
    }

    /** Income received into BANK or CASH from an income account (dues, allocation, other). */
    public record Income(FundAccount incomeAccount, FundAccount into, BigDecimal amount, LocalDate postedOn, String memo) {
    }

    /** An expense request (or its correction while not yet approved). */
    public record ExpenseRequest(FundAccount category, String purpose, BigDecimal amount, LocalDate requestedOn,
                                 Long version) {
    }

    /** Approval at a hospital affairs meeting (date and minute number), of at most the requested amount. */
    public record Approval(BigDecimal approvedAmount, LocalDate meetingDate, String minuteNo, String note, Long version) {
    }

    public record Rejection(String note, Long version) {
    }

    /** Payment of an approved expense, at most the approved amount, from BANK or CASH. */
    public record Payment(BigDecimal amount, LocalDate paidOn, FundAccount account, Long version) {
    }

    public record Reversal(String reason, LocalDate postedOn) {
    }
}
