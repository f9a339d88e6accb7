package org.yuanwu.party;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A unit's five-star service rating for a year: the monthly evaluation scores (percent of the maximum) it got,
 * their average, the praise and upheld complaints in its conduct record, and the stars the rule gives.
 *
 * @param stars 1 to 5; null when the unit has no monthly evaluation in the year (nothing to rate)
 */
public record StarRating(Long unitId, String unitName, int year, Map<Integer, BigDecimal> monthlyPercent,
                         BigDecimal average, long praise, long complaintsUpheld, Integer stars) {

    /** The rule: the most stars of a row the unit meets, else one star; no evaluation, no rating. */
    public static Integer stars(List<StarRule> rules, BigDecimal average, long complaintsUpheld) {
        if (average == null) {
            return null;
        }
        return rules.stream().sorted(Comparator.comparingInt(StarRule::stars).reversed())
                .filter(r -> average.compareTo(r.minAverage()) >= 0 && complaintsUpheld <= r.maxComplaintsUpheld())
                .map(StarRule::stars).findFirst().orElse(1);
    }

    /** The average of the monthly percentages, to one decimal; null without any. */
    public static BigDecimal average(Map<Integer, BigDecimal> monthlyPercent) {
        if (monthlyPercent.isEmpty()) {
            return null;
        }
        BigDecimal sum = monthlyPercent.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(monthlyPercent.size()), 1, RoundingMode.HALF_UP);
    }
}
