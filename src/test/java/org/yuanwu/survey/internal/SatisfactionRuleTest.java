package org.yuanwu.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuanwu.indicator.Fact;
import org.yuanwu.survey.AnswerInput;
import org.yuanwu.survey.QuestionKind;
import org.yuanwu.survey.QuestionView;

class SatisfactionRuleTest {

    private static final List<String> RATING = List.of("很不满意", "不满意", "一般", "满意", "很满意");
    private static final QuestionView ATTITUDE = new QuestionView(1L, 1, QuestionKind.RATING, "护士的服务态度", true, RATING, 4, null);
    private static final QuestionView OVERALL = new QuestionView(2L, 2, QuestionKind.SINGLE_CHOICE, "总体评价", true,
            List.of("满意", "基本满意", "不满意"), 2, null);
    private static final QuestionView COMMENT = new QuestionView(3L, 3, QuestionKind.TEXT, "意见", false, List.of(), null, null);
    private static final QuestionView HANDWASH = new QuestionView(4L, 4, QuestionKind.SINGLE_CHOICE, "七步洗手法第一步", true,
            List.of("掌心相对", "手背", "指缝"), null, 1);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void onAFivePointScaleFourAndFiveAreSatisfiedThreeAndBelowAreNot() {
        assertThat(SatisfactionRule.satisfied(ATTITUDE, 5, null)).isTrue();
        assertThat(SatisfactionRule.satisfied(ATTITUDE, 4, null)).isTrue();
        assertThat(SatisfactionRule.satisfied(ATTITUDE, 3, null)).isFalse();
        assertThat(SatisfactionRule.satisfied(ATTITUDE, 1, null)).isFalse();
    }

    @Test
    void theThresholdIsAPropertyOfTheQuestion() {
        QuestionView strict = new QuestionView(9L, 1, QuestionKind.RATING, "严格", true, RATING, 5, null);
        assertThat(SatisfactionRule.satisfied(strict, 4, null)).isFalse();
        assertThat(SatisfactionRule.satisfied(strict, 5, null)).isTrue();
    }

    @Test
    void satisfiedAndBasicallySatisfiedCountAsSatisfiedButDissatisfiedDoesNot() {
        assertThat(SatisfactionRule.satisfied(OVERALL, null, List.of(1))).isTrue();
        assertThat(SatisfactionRule.satisfied(OVERALL, null, List.of(2))).isTrue();
        assertThat(SatisfactionRule.satisfied(OVERALL, null, List.of(3))).isFalse();
    }

    @Test
    void unansweredAndUnratedQuestionsDoNotCount() {
        assertThat(SatisfactionRule.satisfied(ATTITUDE, null, null)).isNull();
        assertThat(SatisfactionRule.satisfied(COMMENT, null, null)).isNull();
        assertThat(SatisfactionRule.satisfied(HANDWASH, null, List.of(1))).isNull();
    }

    @Test
    void aKnowledgeQuestionIsCorrectOnlyWithExactlyTheCorrectOption() {
        assertThat(SatisfactionRule.correct(HANDWASH, List.of(1))).isTrue();
        assertThat(SatisfactionRule.correct(HANDWASH, List.of(2))).isFalse();
        assertThat(SatisfactionRule.correct(OVERALL, List.of(1))).isNull();
    }

    @Test
    void aResponseCountsRatedSatisfiedAndKnowledgeAnswersAtTheTargetUnitOnItsDate() {
        List<AnswerInput> answers = List.of(new AnswerInput(1L, 5, null, null), new AnswerInput(2L, null, List.of(3), null),
                new AnswerInput(3L, null, null, "很好"), new AnswerInput(4L, null, List.of(1), null));
        List<Fact> facts = SatisfactionRule.facts(List.of(ATTITUDE, OVERALL, COMMENT, HANDWASH), answers, true, 17L, DAY);
        assertThat(facts).containsExactlyInAnyOrder(Fact.of("survey.rated_answers", 17L, DAY, 2),
                Fact.of("survey.satisfied_answers", 17L, DAY, 1), Fact.of("survey.knowledge_answers", 17L, DAY, 1),
                Fact.of("survey.knowledge_correct", 17L, DAY, 1));
    }

    @Test
    void ratingsOutsidePatientSatisfactionQuestionnairesDoNotFeedTheSatisfactionIndicator() {
        List<Fact> facts = SatisfactionRule.facts(List.of(ATTITUDE), List.of(new AnswerInput(1L, 5, null, null)), false, 17L, DAY);
        assertThat(facts).isEmpty();
    }
}
