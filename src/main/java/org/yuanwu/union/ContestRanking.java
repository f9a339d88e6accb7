package org.yuanwu.union;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks contest entrants. An entrant's round score is the mean of that round's judges' points; her total is the
 * sum of her round scores, rounded half-up to two decimals. Equal totals share a rank and the next rank is skipped
 * (standard competition ranking: 1, 2, 2, 4). The top N prizes go to every entrant whose rank is N or better, so a
 * tie at the last prize place gives one more prize rather than drawing lots. Entrants without any score come last,
 * unranked and without a prize.
 */
public final class ContestRanking {

    private ContestRanking() {
    }

    /** One judge's points for one entrant in one round. */
    public record Score(Long entrantId, int round, String judge, BigDecimal points) {
    }

    /** An entrant's place: rank null when she has no score yet. */
    public record Place(Long entrantId, Integer rank, BigDecimal total, boolean prize) {
    }

    public static List<Place> rank(List<Long> entrantIds, List<Score> scores, int prizeCount) {
        Map<Long, Map<Integer, List<BigDecimal>>> byEntrant = new LinkedHashMap<>();
        for (Score s : scores) {
            byEntrant.computeIfAbsent(s.entrantId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(s.round(), k -> new ArrayList<>()).add(s.points());
        }
        List<Place> scored = new ArrayList<>();
        List<Place> unscored = new ArrayList<>();
        for (Long id : entrantIds) {
            Map<Integer, List<BigDecimal>> rounds = byEntrant.get(id);
            if (rounds == null || rounds.isEmpty()) {
                unscored.add(new Place(id, null, null, false));
                continue;
            }
            BigDecimal total = BigDecimal.ZERO;
            for (List<BigDecimal> points : rounds.values()) {
                BigDecimal sum = points.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                total = total.add(sum.divide(BigDecimal.valueOf(points.size()), 10, RoundingMode.HALF_UP));
            }
            scored.add(new Place(id, null, total.setScale(2, RoundingMode.HALF_UP), false));
        }
        scored.sort(Comparator.comparing(Place::total).reversed());
        List<Place> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Place p = scored.get(i);
            int rank = i > 0 && p.total().compareTo(scored.get(i - 1).total()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Place(p.entrantId(), rank, p.total(), rank <= prizeCount));
        }
        ranked.addAll(unscored);
        return ranked;
    }
}
