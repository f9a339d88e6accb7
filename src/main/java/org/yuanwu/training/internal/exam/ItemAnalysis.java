package org.yuanwu.training.internal.exam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classical item analysis of an exam's counted attempts.
 * <ul>
 * <li>Difficulty index P of a question: its mean score ÷ its points (1 = everyone got it right).</li>
 * <li>Full-mark share: the share of candidates with full points on it.</li>
 * <li>Discrimination index D: P within the upper 27 % of candidates by total score minus P within
 * the lower 27 % (groups of round(0.27 × N), at least one; none below two candidates).</li>
 * </ul>
 * With papers drawn per candidate, each question counts among the candidates who had it.
 */
public final class ItemAnalysis {

    /** One candidate's counted attempt: the total, and the score of each question on the paper. */
    public record Sheet(BigDecimal total, Map<Long, BigDecimal> scores) {
    }

    /** The figures of one question. */
    public record Item(Long questionId, int points, int responses, BigDecimal meanScore, BigDecimal difficulty,
                       BigDecimal fullMarkShare, BigDecimal discrimination) {
    }

    private ItemAnalysis() {
    }

    /** @param points each question's points, in paper order */
    public static List<Item> analyse(Map<Long, Integer> points, List<Sheet> sheets) {
        List<Sheet> ranked = new ArrayList<>(sheets);
        ranked.sort(Comparator.comparing(Sheet::total).reversed());
        int n = ranked.size();
        int group = n < 2 ? 0 : Math.max(1, (int) Math.round(0.27 * n));
        List<Sheet> upper = ranked.subList(0, group);
        List<Sheet> lower = ranked.subList(n - group, n);
        List<Item> items = new ArrayList<>();
        for (Map.Entry<Long, Integer> q : new LinkedHashMap<>(points).entrySet()) {
            Long id = q.getKey();
            int max = q.getValue();
            BigDecimal sum = BigDecimal.ZERO;
            int responses = 0;
            int full = 0;
            for (Sheet s : ranked) {
                BigDecimal score = s.scores().get(id);
                if (score == null) {
                    continue;
                }
                responses++;
                sum = sum.add(score);
                if (score.compareTo(BigDecimal.valueOf(max)) >= 0) {
                    full++;
                }
            }
            if (responses == 0) {
                items.add(new Item(id, max, 0, null, null, null, null));
                continue;
            }
            BigDecimal mean = sum.divide(BigDecimal.valueOf(responses), 4, RoundingMode.HALF_UP);
            BigDecimal difficulty = mean.divide(BigDecimal.valueOf(max), 4, RoundingMode.HALF_UP);
            BigDecimal fullShare = BigDecimal.valueOf(full).divide(BigDecimal.valueOf(responses), 4, RoundingMode.HALF_UP);
            BigDecimal pUpper = groupDifficulty(upper, id, max);
            BigDecimal pLower = groupDifficulty(lower, id, max);
            BigDecimal d = pUpper == null || pLower == null ? null : pUpper.subtract(pLower);
            items.add(new Item(id, max, responses, mean, difficulty, fullShare, d));
        }
        return items;
    }

    private static BigDecimal groupDifficulty(List<Sheet> group, Long id, int max) {
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        for (Sheet s : group) {
            BigDecimal score = s.scores().get(id);
            if (score != null) {
                sum = sum.add(score);
                n++;
            }
        }
        return n == 0 ? null : sum.divide(BigDecimal.valueOf((long) n * max), 4, RoundingMode.HALF_UP);
    }
}
