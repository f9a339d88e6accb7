package org.yuanwu.union.internal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EvaluationRuleTest {

    @Test
    void exactlyThirtyPercentIncompetentIsNotFlaggedButMoreIs() {
        assertThat(EvaluationRule.flagged(3, 10, 30)).isFalse();
        assertThat(EvaluationRule.flagged(4, 10, 30)).isTrue();
        assertThat(EvaluationRule.flagged(30, 100, 30)).isFalse();
        assertThat(EvaluationRule.flagged(31, 100, 30)).isTrue();
        assertThat(EvaluationRule.flagged(1, 3, 30)).isTrue();
    }

    @Test
    void nobodyIsFlaggedWithoutBallots() {
        assertThat(EvaluationRule.flagged(0, 0, 30)).isFalse();
    }

    @Test
    void sharesAreInPercentWithOneDecimal() {
        assertThat(EvaluationRule.share(1, 3)).isEqualByComparingTo(new BigDecimal("33.3"));
        assertThat(EvaluationRule.share(2, 3)).isEqualByComparingTo(new BigDecimal("66.7"));
        assertThat(EvaluationRule.share(0, 0)).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
