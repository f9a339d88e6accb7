package org.yuanwu.union;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Bodies of the dues API. Amounts in yuan with two decimals. */
public final class DuesSteps {

    private DuesSteps() {
    }

    public record Rule(Integer year, BigDecimal ratePercent) {
    }

    public record WageBaseEntry(Long memberId, Integer year, BigDecimal monthlyBase) {
    }

    /** Generates the dues of one month ("2026-03") for every active member with a wage base for that year. */
    public record Generation(String month) {
    }

    public record GenerationResult(String month, int created, int alreadyThere, int withoutWageBase) {
    }

    /** Records payment of the listed periods (one or many), into BANK or CASH; paidOn defaults to today. */
    public record Payment(List<Long> periodIds, LocalDate paidOn, FundAccount account) {
    }

    public record RuleView(int year, BigDecimal ratePercent, boolean configured) {
    }

    public record WageBaseView(Long memberId, int year, BigDecimal monthlyBase, BigDecimal monthlyDues) {
    }
}
