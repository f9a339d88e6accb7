package org.yuanwu.party;

import java.math.BigDecimal;
import java.util.Map;

/** A monthly conduct evaluation: the total, the maximum it was out of, the percentage, the scores by item id. */
public record EvaluationView(Long id, Long unitId, String unitName, String month, String evaluator, BigDecimal score,
                             int maxScore, BigDecimal percent, Map<Long, BigDecimal> scores, String notes, long version) {
}
