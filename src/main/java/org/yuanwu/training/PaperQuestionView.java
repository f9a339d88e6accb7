package org.yuanwu.training;

/** One question of an exam's fixed paper, as the examiner sees it. */
public record PaperQuestionView(int position, int points, QuestionView question) {
}
