package org.yuanwu.survey;

import java.util.List;

/**
 * The answer to one question: {@code score} 1–5 for a rating, {@code choices} (1-based option
 * numbers) for a choice question, {@code text} for a free-text one.
 */
public record AnswerInput(Long questionId, Integer score, List<Integer> choices, String text) {
}
