package org.yuanwu.quality;

import java.math.BigDecimal;

/** One defect type in the Pareto analysis: how often it was found, its share and the cumulative share (%). */
public record RecordAuditParetoRow(String code, String text, long count, BigDecimal percent,
                                   BigDecimal cumulativePercent) {
}
