package org.yuanwu.training;

/** Search criteria for the question bank; all optional. Withdrawn questions only when asked for. */
public record QuestionFilter(String q, Long unitId, QuestionType type, QuestionCategory category, Integer difficulty,
                             String tag, Boolean withdrawn) {

    public static QuestionFilter none() {
        return new QuestionFilter(null, null, null, null, null, null, null);
    }
}
