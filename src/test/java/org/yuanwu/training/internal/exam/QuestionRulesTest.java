package org.yuanwu.training.internal.exam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yuanwu.training.QuestionCategory;
import org.yuanwu.training.QuestionForm;
import org.yuanwu.training.QuestionType;

/** The rules a bank question must meet before it is saved or imported. */
class QuestionRulesTest {

    private static QuestionForm choice(QuestionType type, String answer, String... options) {
        QuestionForm f = new QuestionForm();
        f.setUnitId(1L);
        f.setType(type);
        f.setCategory(QuestionCategory.BASICS);
        f.setStem("题干");
        for (int i = 0; i < options.length; i++) {
            f.setOption(i, options[i]);
        }
        f.setAnswer(answer);
        return f;
    }

    @Test
    void anAnswerBeyondTheOptionsIsRefusedNamingBoth() {
        var problems = QuestionRules.check(choice(QuestionType.SINGLE, "D", "甲", "乙", "丙"));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).key()).isEqualTo("exam.error.answerBeyondOptions");
        assertThat(problems.get(0).args()).containsExactly("D", 3);
    }

    @Test
    void aMissingCorrectAnswerIsRefused() {
        assertThat(QuestionRules.check(choice(QuestionType.SINGLE, null, "甲", "乙")))
                .extracting(QuestionRules.Problem::key).containsExactly("exam.error.answerRequired");
    }

    @Test
    void aSingleChoiceHasExactlyOneAnswerAndAMultipleChoiceAtLeastTwo() {
        assertThat(QuestionRules.check(choice(QuestionType.SINGLE, "AB", "甲", "乙")))
                .extracting(QuestionRules.Problem::key).containsExactly("exam.error.singleOneAnswer");
        assertThat(QuestionRules.check(choice(QuestionType.MULTIPLE, "A", "甲", "乙")))
                .extracting(QuestionRules.Problem::key).containsExactly("exam.error.multipleTwoAnswers");
    }

    @Test
    void optionsMustBeFilledInFromAWithoutGaps() {
        QuestionForm f = choice(QuestionType.SINGLE, "A", "甲", "乙");
        f.setOptionD("丁");
        assertThat(QuestionRules.check(f)).extracting(QuestionRules.Problem::field).contains("optionD");
    }

    @Test
    void answersAreStoredInOneNormalForm() {
        QuestionForm multiple = choice(QuestionType.MULTIPLE, "d, a、C", "甲", "乙", "丙", "丁");
        assertThat(QuestionRules.check(multiple)).isEmpty();
        assertThat(multiple.getAnswer()).isEqualTo("ACD");
        QuestionForm tf = choice(QuestionType.TRUE_FALSE, "错");
        assertThat(QuestionRules.check(tf)).isEmpty();
        assertThat(tf.getAnswer()).isEqualTo("F");
        QuestionForm fill = choice(QuestionType.FILL_IN, "甲|乙；丙");
        assertThat(QuestionRules.check(fill)).isEmpty();
        assertThat(fill.getAnswer()).isEqualTo("甲|乙\n丙");
    }

    @Test
    void trueFalseAndFillInTakeNoOptions() {
        assertThat(QuestionRules.check(choice(QuestionType.TRUE_FALSE, "T", "甲")))
                .extracting(QuestionRules.Problem::key).contains("exam.error.noOptionsForType");
    }
}
