package org.yuanwu.union;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.yuanwu.common.DomainException;

/** The hospital's dues rule: monthly dues are the monthly wage base times the year's rate, rounded to the fen. */
public final class DuesCalculation {

    /** The rate used for a year the union has not configured (0.5 % of the wage, the national rule). */
    public static final BigDecimal DEFAULT_RATE_PERCENT = new BigDecimal("0.5");

    private DuesCalculation() {
    }

    /** Monthly dues in fen for a monthly wage base in fen; half a fen rounds up. */
    public static long monthlyDuesFen(long wageBaseFen, BigDecimal ratePercent) {
        if (wageBaseFen < 0) {
            throw new IllegalArgumentException("negative wage base");
        }
        return BigDecimal.valueOf(wageBaseFen).multiply(ratePercent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** A rate must lie in (0, 5] percent with at most three decimals. */
    public static BigDecimal checkedRate(BigDecimal ratePercent) {
        if (ratePercent == null) {
            throw DomainException.invalid("ratePercent", "member.dues.error.rateRequired");
        }
        if (ratePercent.signum() <= 0 || ratePercent.compareTo(BigDecimal.valueOf(5)) > 0
                || ratePercent.stripTrailingZeros().scale() > 3) {
            throw DomainException.invalid("ratePercent", "member.dues.error.rateRange");
        }
        return ratePercent.stripTrailingZeros();
    }
}
