package org.yuanwu.party;

import java.math.BigDecimal;

/**
 * One row of the five-star service rule, kept as data: a unit earns {@code stars} when its year's average monthly
 * conduct score (in percent of the maximum) is at least {@code minAverage} and it has no more than
 * {@code maxComplaintsUpheld} upheld complaints in its conduct record.
 */
public record StarRule(int stars, BigDecimal minAverage, int maxComplaintsUpheld) {
}
