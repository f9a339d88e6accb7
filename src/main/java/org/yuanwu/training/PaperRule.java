package org.yuanwu.training;

/** A paper rule: {@code count} questions of the category, difficulty (null: any) and type, each worth {@code pointsEach}. */
public record PaperRule(QuestionCategory category, Integer difficulty, QuestionType type, Integer count,
                        Integer pointsEach) {
}
