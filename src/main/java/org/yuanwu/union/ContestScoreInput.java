package org.yuanwu.union;

import java.math.BigDecimal;

/** One judge's points (0–100, two decimals) for one entrant in one round; entering it again corrects it. */
public record ContestScoreInput(Long staffId, Integer round, String judge, BigDecimal points) {
}
