package org.yuanwu.training.internal.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.yuanwu.training.QuestionType;

/** Automatic grading of every question type, including the multiple-choice partial-credit rule. */
class GradingRulesTest {

    private static BigDecimal score(QuestionType type, String key, String response, int points) {
        return GradingRules.score(type, key, response, points);
    }

    @Test
    void singleChoiceScoresFullPointsOnlyForTheKey() {
        assertThat(score(QuestionType.SINGLE, "C", "C", 2)).isEqualByComparingTo("2");
        assertThat(score(QuestionType.SINGLE, "C", "c", 2)).isEqualByComparingTo("2");
        assertThat(score(QuestionType.SINGLE, "C", "B", 2)).isEqualByComparingTo("0");
        assertThat(score(QuestionType.SINGLE, "C", null, 2)).isEqualByComparingTo("0");
    }

    @Test
    void trueFalseAcceptsTheUsualSpellings() {
        assertThat(score(QuestionType.TRUE_FALSE, "T", "对", 1)).isEqualByComparingTo("1");
        assertThat(score(QuestionType.TRUE_FALSE, "T", "true", 1)).isEqualByComparingTo("1");
        assertThat(score(QuestionType.TRUE_FALSE, "F", "T", 1)).isEqualByComparingTo("0");
        assertThat(score(QuestionType.TRUE_FALSE, "F", "×", 1)).isEqualByComparingTo("1");
    }

    @Test
    void multipleChoiceWithAllCorrectOptionsScoresFullPoints() {
        assertThat(score(QuestionType.MULTIPLE, "ACD", "DCA", 4)).isEqualByComparingTo("4");
    }

    @Test
    void multipleChoiceWithSomeCorrectAndNoWrongOptionScoresHalf() {
        assertThat(score(QuestionType.MULTIPLE, "ACD", "AC", 4)).isEqualByComparingTo("2");
        assertThat(score(QuestionType.MULTIPLE, "ACD", "D", 3)).isEqualByComparingTo("1.50");
    }

    @Test
    void multipleChoiceWithAnyWrongOptionScoresNothing() {
        assertThat(score(QuestionType.MULTIPLE, "ACD", "ACDB", 4)).isEqualByComparingTo("0");
        assertThat(score(QuestionType.MULTIPLE, "ACD", "B", 4)).isEqualByComparingTo("0");
        assertThat(score(QuestionType.MULTIPLE, "ACD", "", 4)).isEqualByComparingTo("0");
    }

    @Test
    void fillInIgnoresCaseSpacesAndWidthAndAcceptsAlternatives() {
        String key = "无菌操作前|清洁操作前\nNaCl";
        assertThat(score(QuestionType.FILL_IN, key, "清洁操作前\n  na cl ", 4)).isEqualByComparingTo("4");
        assertThat(score(QuestionType.FILL_IN, key, "无菌 操作前\nＮａＣｌ", 4)).isEqualByComparingTo("4");
    }

    @Test
    void fillInScoresEachRightBlankItsShare() {
        String key = "无菌操作前\nNaCl";
        assertThat(score(QuestionType.FILL_IN, key, "无菌操作前\nKCl", 4)).isEqualByComparingTo("2");
        assertThat(score(QuestionType.FILL_IN, key, "\nnacl", 3)).isEqualByComparingTo("1.50");
        assertThat(score(QuestionType.FILL_IN, key, "wrong", 4)).isEqualByComparingTo("0");
    }

    @Test
    void shortAnswerIsLeftForTheExaminer() {
        assertThat(score(QuestionType.SHORT_ANSWER, "参考", "答案", 10)).isNull();
    }
}
