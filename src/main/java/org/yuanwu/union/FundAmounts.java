package org.yuanwu.union;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.yuanwu.common.DomainException;

/** Money crosses the border as yuan with two decimals and is kept as fen, so sums never round. */
public final class FundAmounts {

    private FundAmounts() {
    }

    /** Yuan to fen; refuses a missing, negative, zero (unless allowed) or sub-fen amount beside {@code field}. */
    public static long fen(BigDecimal yuan, String field, boolean zeroAllowed) {
        if (yuan == null) {
            throw DomainException.invalid(field, "fund.error.amountRequired");
        }
        if (yuan.signum() < 0 || (!zeroAllowed && yuan.signum() == 0)) {
            throw DomainException.invalid(field, "fund.error.amountPositive");
        }
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid(field, "fund.error.amountFen");
        }
        if (yuan.compareTo(BigDecimal.valueOf(100_000_000)) > 0) {
            throw DomainException.invalid(field, "fund.error.amountTooLarge");
        }
        return yuan.movePointRight(2).longValueExact();
    }

    public static BigDecimal yuan(Long fen) {
        return fen == null ? null : BigDecimal.valueOf(fen).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY);
    }
}
