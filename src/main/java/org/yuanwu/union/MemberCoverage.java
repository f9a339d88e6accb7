package org.yuanwu.union;

import java.math.BigDecimal;

/** Union coverage of one unit: active members over active staff, as a percentage (null without staff). */
public record MemberCoverage(Long unitId, String unitName, int depth, long activeStaff, long members, BigDecimal ratePercent) {
}
