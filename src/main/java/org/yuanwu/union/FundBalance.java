package org.yuanwu.union;

import java.math.BigDecimal;

/** One account over a period: opening balance, debits, credits, closing balance (normal side). */
public record FundBalance(FundAccount account, BigDecimal opening, BigDecimal debits, BigDecimal credits,
                          BigDecimal closing) {
}
