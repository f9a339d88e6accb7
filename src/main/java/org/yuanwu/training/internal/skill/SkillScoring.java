package org.yuanwu.training.internal.skill;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yuanwu.common.DomainException;
import org.yuanwu.training.SkillDeduction;

/**
 * Scores an assessment on a sheet. Per item the examiner gives either the occurrences of a fault
 * (each costs the item's per-occurrence points; the total is capped at the item's maximum) or the
 * points lost directly, which may not exceed the maximum. An item is never below 0; items left out
 * lose nothing. Unknown or repeated items and negative entries are refused with a reason.
 */
public final class SkillScoring {

    /** A sheet item as scoring needs it. */
    public record Item(Long id, String name, BigDecimal maxPoints, BigDecimal perOccurrence) {
    }

    public record ItemResult(Long itemId, Integer occurrences, BigDecimal pointsLost, BigDecimal score) {
    }

    public record Result(List<ItemResult> items, BigDecimal score, BigDecimal maxScore) {

        public boolean passed(BigDecimal threshold) {
            return score.compareTo(threshold) >= 0;
        }
    }

    private SkillScoring() {
    }

    public static Result score(List<Item> sheet, List<SkillDeduction> deductions) {
        Map<Long, SkillDeduction> byItem = new HashMap<>();
        Map<Long, Item> known = new HashMap<>();
        sheet.forEach(i -> known.put(i.id(), i));
        for (SkillDeduction d : deductions == null ? List.<SkillDeduction>of() : deductions) {
            if (d == null || (d.occurrences() == null && d.pointsLost() == null)) {
                continue;
            }
            if (d.itemId() == null || !known.containsKey(d.itemId())) {
                throw DomainException.invalid("deductions", "training.error.unknownItem", String.valueOf(d.itemId()));
            }
            if (byItem.put(d.itemId(), d) != null) {
                throw DomainException.invalid("deductions", "training.error.itemTwice", known.get(d.itemId()).name());
            }
        }
        List<ItemResult> results = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (Item item : sheet) {
            SkillDeduction d = byItem.get(item.id());
            BigDecimal lost = BigDecimal.ZERO;
            Integer occurrences = null;
            if (d != null) {
                if (d.occurrences() != null && d.pointsLost() != null) {
                    throw DomainException.invalid("deductions", "training.error.eitherOccurrencesOrPoints", item.name());
                }
                if (d.occurrences() != null) {
                    if (d.occurrences() < 0) {
                        throw DomainException.invalid("deductions", "training.error.negativeDeduction", item.name());
                    }
                    if (item.perOccurrence() == null) {
                        throw DomainException.invalid("deductions", "training.error.noPerOccurrence", item.name());
                    }
                    occurrences = d.occurrences();
                    lost = item.perOccurrence().multiply(BigDecimal.valueOf(occurrences)).min(item.maxPoints());
                } else {
                    if (d.pointsLost().signum() < 0) {
                        throw DomainException.invalid("deductions", "training.error.negativeDeduction", item.name());
                    }
                    if (d.pointsLost().compareTo(item.maxPoints()) > 0) {
                        throw DomainException.invalid("deductions", "training.error.deductionAboveMax", item.name(),
                                d.pointsLost().stripTrailingZeros().toPlainString(),
                                item.maxPoints().stripTrailingZeros().toPlainString());
                    }
                    lost = d.pointsLost();
                }
            }
            lost = lost.setScale(1, RoundingMode.HALF_UP);
            BigDecimal score = item.maxPoints().subtract(lost).max(BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP);
            results.add(new ItemResult(item.id(), occurrences, lost, score));
            total = total.add(score);
            max = max.add(item.maxPoints());
        }
        return new Result(results, total.setScale(1, RoundingMode.HALF_UP), max.setScale(1, RoundingMode.HALF_UP));
    }
}
