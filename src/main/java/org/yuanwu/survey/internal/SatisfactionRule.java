package org.yuanwu.survey.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yuanwu.indicator.Fact;
import org.yuanwu.survey.AnswerInput;
import org.yuanwu.survey.QuestionKind;
import org.yuanwu.survey.QuestionView;

/**
 * What an answer counts for. A question with a satisfied threshold is "rated": a rating counts as
 * satisfied when its score is at least the threshold (4 on the usual 5-point scale, so 4 and 5);
 * a single choice when the chosen option is among the first {@code threshold} options (2 for
 * 满意 / 基本满意 / 不满意). A choice question with a correct option is a knowledge question:
 * correct when exactly that option was chosen.
 */
public final class SatisfactionRule {

    public static final String RATED = "survey.rated_answers";
    public static final String SATISFIED = "survey.satisfied_answers";
    public static final String KNOWLEDGE_ANSWERS = "survey.knowledge_answers";
    public static final String KNOWLEDGE_CORRECT = "survey.knowledge_correct";
    /** The usual threshold for a 1–5 rating: 4 and 5 are satisfied. */
    public static final int DEFAULT_RATING_THRESHOLD = 4;

    private SatisfactionRule() {
    }

    /** Whether the answer counts as satisfied; null when the question is not rated or was not answered. */
    public static Boolean satisfied(QuestionView q, Integer score, List<Integer> choices) {
        if (!q.rated()) {
            return null;
        }
        if (q.kind() == QuestionKind.RATING) {
            return score == null ? null : score >= q.satisfiedThreshold();
        }
        if (choices == null || choices.size() != 1) {
            return null;
        }
        return choices.get(0) <= q.satisfiedThreshold();
    }

    /** Whether a knowledge question was answered correctly; null when it is not one or was not answered. */
    public static Boolean correct(QuestionView q, List<Integer> choices) {
        if (!q.knowledge() || choices == null || choices.isEmpty()) {
            return null;
        }
        return choices.size() == 1 && choices.get(0).equals(q.correctOption());
    }

    /**
     * The facts of one response at the target unit on the response date: rated / satisfied answers
     * (only when {@code countsSatisfaction}, i.e. a patient-satisfaction questionnaire) and knowledge
     * answers / correct ones. Zero counts are left out.
     */
    public static List<Fact> facts(List<QuestionView> questions, List<AnswerInput> answers, boolean countsSatisfaction,
                                   Long unitId, LocalDate date) {
        long rated = 0;
        long satisfied = 0;
        long knowledge = 0;
        long correct = 0;
        for (AnswerInput a : answers) {
            QuestionView q = questions.stream().filter(x -> x.id().equals(a.questionId())).findFirst().orElse(null);
            if (q == null) {
                continue;
            }
            Boolean s = countsSatisfaction ? satisfied(q, a.score(), a.choices()) : null;
            if (s != null) {
                rated++;
                if (s) {
                    satisfied++;
                }
            }
            Boolean c = correct(q, a.choices());
            if (c != null) {
                knowledge++;
                if (c) {
                    correct++;
                }
            }
        }
        List<Fact> facts = new ArrayList<>();
        if (rated > 0) {
            facts.add(Fact.of(RATED, unitId, date, rated));
            facts.add(Fact.of(SATISFIED, unitId, date, satisfied));
        }
        if (knowledge > 0) {
            facts.add(Fact.of(KNOWLEDGE_ANSWERS, unitId, date, knowledge));
            facts.add(Fact.of(KNOWLEDGE_CORRECT, unitId, date, correct));
        }
        return facts;
    }
}
