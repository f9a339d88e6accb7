package org.yuanwu.training;

import java.math.BigDecimal;

/**
 * What the examiner enters for one sheet item: how often a fault occurred (taken off at the item's
 * per-occurrence points, capped at its maximum) or the points lost directly (never above the maximum).
 */
public record SkillDeduction(Long itemId, Integer occurrences, BigDecimal pointsLost) {
}
