package org.yuanwu.union;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The fund statement of a month or a year: every account, income and expense totals, funds at hand. */
public record FundStatement(int year, Integer month, LocalDate from, LocalDate to, List<FundBalance> accounts,
                            BigDecimal income, BigDecimal expense, BigDecimal fundsAtHand) {
}
