package org.yuanwu.union;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContestRankingTest {

    private static ContestRanking.Score score(long entrant, int round, String judge, String points) {
        return new ContestRanking.Score(entrant, round, judge, new BigDecimal(points));
    }

    private static List<ContestRanking.Score> single(long[] entrants, String... totals) {
        List<ContestRanking.Score> s = new ArrayList<>();
        for (int i = 0; i < entrants.length; i++) {
            s.add(score(entrants[i], 1, "甲", totals[i]));
        }
        return s;
    }

    @Test
    void aRoundScoresTheJudgesMeanAndTheTotalAddsTheRounds() {
        List<ContestRanking.Place> places = ContestRanking.rank(List.of(1L), List.of(
                score(1, 1, "甲", "90"), score(1, 1, "乙", "85"), score(1, 1, "丙", "86"),
                score(1, 2, "甲", "70"), score(1, 2, "乙", "71")), 6);
        // round 1: 261 / 3 = 87; round 2: 70.5
        assertThat(places.get(0).total()).isEqualByComparingTo("157.50");
        assertThat(places.get(0).rank()).isEqualTo(1);
    }

    @Test
    void equalTotalsShareARankAndTheNextRankIsSkipped() {
        long[] ids = {1, 2, 3, 4};
        List<ContestRanking.Place> places = ContestRanking.rank(List.of(1L, 2L, 3L, 4L),
                single(ids, "95", "90", "90", "80"), 6);
        assertThat(places).extracting(ContestRanking.Place::entrantId).containsExactly(1L, 2L, 3L, 4L);
        assertThat(places).extracting(ContestRanking.Place::rank).containsExactly(1, 2, 2, 4);
    }

    @Test
    void theTopNWinPrizesAndATieAtTheLastPrizePlaceWinsTogether() {
        long[] ids = {1, 2, 3, 4, 5, 6, 7, 8};
        List<ContestRanking.Place> places = ContestRanking.rank(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L),
                single(ids, "99", "98", "97", "96", "95", "90", "90", "80"), 6);
        assertThat(places).filteredOn(ContestRanking.Place::prize).extracting(ContestRanking.Place::entrantId)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(places.get(7).prize()).isFalse();
        assertThat(places.get(7).rank()).isEqualTo(8);
    }

    @Test
    void aTieJustPastTheLastPrizePlaceWinsNothing() {
        long[] ids = {1, 2, 3};
        List<ContestRanking.Place> places = ContestRanking.rank(List.of(1L, 2L, 3L), single(ids, "99", "90", "90"), 1);
        assertThat(places).extracting(ContestRanking.Place::prize).containsExactly(true, false, false);
        assertThat(places).extracting(ContestRanking.Place::rank).containsExactly(1, 2, 2);
    }

    @Test
    void entrantsWithoutAScoreComeLastUnrankedAndWithoutAPrize() {
        List<ContestRanking.Place> places = ContestRanking.rank(List.of(7L, 8L), List.of(score(8, 1, "甲", "60")), 6);
        assertThat(places.get(0).entrantId()).isEqualTo(8L);
        assertThat(places.get(1).entrantId()).isEqualTo(7L);
        assertThat(places.get(1).rank()).isNull();
        assertThat(places.get(1).prize()).isFalse();
    }

    @Test
    void totalsAreComparedAfterRoundingToTwoDecimals() {
        // 100/3 = 33.333.. and 33.33 round to the same total, so they tie
        List<ContestRanking.Place> places = ContestRanking.rank(List.of(1L, 2L), List.of(
                score(1, 1, "甲", "33"), score(1, 1, "乙", "33"), score(1, 1, "丙", "34"),
                score(2, 1, "甲", "33.33")), 6);
        assertThat(places).extracting(ContestRanking.Place::rank).containsExactly(1, 1);
    }
}
