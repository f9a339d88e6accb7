package org.yuanwu.union;

import java.math.BigDecimal;
import java.util.List;

/**
 * One entrant's line of the results: her round scores (judges' mean per round, null where none yet), total, rank
 * (null while unscored) and whether she wins a prize.
 */
public record ContestStanding(Long entrantId, Long staffId, String name, String employeeNo, String unitName,
                              List<BigDecimal> roundScores, BigDecimal total, Integer rank, boolean prize) {
}
