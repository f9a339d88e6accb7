package org.yuanwu.training;

import java.math.BigDecimal;

/**
 * Item analysis of one question: responses among counted attempts, mean score, difficulty index
 * (mean ÷ points), the share with full points, and the discrimination index (upper 27 % minus
 * lower 27 % by total score). Nulls where there are too few answers.
 */
public record ExamItemStats(int position, Long questionId, String stem, QuestionType type, int points, int responses,
                            BigDecimal meanScore, BigDecimal difficulty, BigDecimal fullMarkShare,
                            BigDecimal discrimination) {
}
