package org.yuanwu.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The five-star rule: the highest row whose average and upheld-complaint limits are met, else one star. */
class StarRatingTest {

    private static final List<StarRule> RULES = List.of(new StarRule(5, new BigDecimal("95"), 0),
            new StarRule(4, new BigDecimal("90"), 1), new StarRule(3, new BigDecimal("80"), 2),
            new StarRule(2, new BigDecimal("70"), 3));

    @Test
    void anAverageOfNinetyFiveWithoutUpheldComplaintsEarnsFiveStars() {
        assertThat(StarRating.stars(RULES, new BigDecimal("95.0"), 0)).isEqualTo(5);
        assertThat(StarRating.stars(RULES, new BigDecimal("94.9"), 0)).isEqualTo(4);
    }

    @Test
    void anUpheldComplaintCostsTheStarsItsRowDoesNotAllow() {
        assertThat(StarRating.stars(RULES, new BigDecimal("99"), 1)).isEqualTo(4);
        assertThat(StarRating.stars(RULES, new BigDecimal("99"), 2)).isEqualTo(3);
        assertThat(StarRating.stars(RULES, new BigDecimal("99"), 4)).isEqualTo(1);
    }

    @Test
    void belowEveryRowIsOneStarAndNoEvaluationIsNoRating() {
        assertThat(StarRating.stars(RULES, new BigDecimal("69.9"), 0)).isEqualTo(1);
        assertThat(StarRating.stars(RULES, null, 0)).isNull();
    }

    @Test
    void theAverageIsOverTheMonthsEvaluatedOnly() {
        Map<Integer, BigDecimal> monthly = new TreeMap<>();
        monthly.put(1, new BigDecimal("96.0"));
        monthly.put(2, new BigDecimal("93.0"));
        monthly.put(5, new BigDecimal("97.5"));
        assertThat(StarRating.average(monthly)).isEqualByComparingTo("95.5");
        assertThat(StarRating.average(Map.of())).isNull();
    }
}
