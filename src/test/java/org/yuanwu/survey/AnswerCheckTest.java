package org.yuanwu.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuanwu.common.DomainException;

class AnswerCheckTest {

    private static final QuestionView ATTITUDE = new QuestionView(1L, 1, QuestionKind.RATING, "护士的服务态度", true,
            List.of("1", "2", "3", "4", "5"), 4, null);
    private static final QuestionView OVERALL = new QuestionView(2L, 2, QuestionKind.SINGLE_CHOICE, "总体评价", true,
            List.of("满意", "基本满意", "不满意"), 2, null);
    private static final QuestionView COMMENT = new QuestionView(3L, 3, QuestionKind.TEXT, "意见", false, List.of(), null, null);
    private static final List<QuestionView> QUESTIONS = List.of(ATTITUDE, OVERALL, COMMENT);

    private static DomainException refusal(Submission s) {
        try {
            ResponseService.checked(QUESTIONS, s);
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("accepted");
    }

    @Test
    void anUnansweredRequiredQuestionIsRefusedNamingTheQuestion() {
        DomainException e = refusal(new Submission(List.of(new AnswerInput(1L, 5, null, null)), null));
        assertThat(e.messageKey()).isEqualTo("survey.error.required");
        assertThat(e.field()).isEqualTo("q2");
        assertThat(e.args()).containsExactly("2. 总体评价");
    }

    @Test
    void scoresOutsideOneToFiveAndOptionsOutOfRangeAreRefused() {
        assertThat(refusal(new Submission(List.of(new AnswerInput(1L, 6, null, null),
                new AnswerInput(2L, null, List.of(1), null)), null)).messageKey()).isEqualTo("survey.error.scoreRange");
        assertThat(refusal(new Submission(List.of(new AnswerInput(1L, 5, null, null),
                new AnswerInput(2L, null, List.of(4), null)), null)).messageKey()).isEqualTo("survey.error.choiceRange");
        assertThat(refusal(new Submission(List.of(new AnswerInput(1L, 5, null, null),
                new AnswerInput(2L, null, List.of(1, 2), null)), null)).messageKey()).isEqualTo("survey.error.singleChoice");
    }

    @Test
    void anAnswerToAQuestionOfAnotherQuestionnaireIsRefused() {
        assertThat(refusal(new Submission(List.of(new AnswerInput(99L, 5, null, null)), null)).messageKey())
                .isEqualTo("survey.error.unknownQuestion");
    }

    @Test
    void blankOptionalAnswersAreDroppedAndTheRestKept() {
        List<AnswerInput> clean = ResponseService.checked(QUESTIONS, new Submission(List.of(new AnswerInput(1L, 4, null, null),
                new AnswerInput(2L, null, List.of(2), null), new AnswerInput(3L, null, null, "  ")), null));
        assertThat(clean).extracting(AnswerInput::questionId).containsExactly(1L, 2L);
    }

    @Test
    void aRatingWithoutThresholdGetsFourAndAChoiceThresholdMustLeaveADissatisfiedOption() {
        QuestionForm rating = QuestionForm.of(QuestionKind.RATING, "态度", true, List.of(), null, null);
        SurveyService.checkQuestion(rating);
        assertThat(rating.getSatisfiedThreshold()).isEqualTo(4);
        assertThat(rating.getOptions()).hasSize(5);
        QuestionForm choice = QuestionForm.of(QuestionKind.SINGLE_CHOICE, "总体", true, List.of("满意", "基本满意", "不满意"), 3, null);
        assertThatThrownBy(() -> SurveyService.checkQuestion(choice)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.field()).isEqualTo("satisfiedThreshold"));
    }
}
