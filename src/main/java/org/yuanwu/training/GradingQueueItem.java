package org.yuanwu.training;

/** A short answer waiting for the examiner's score (at most {@code points}). */
public record GradingQueueItem(Long attemptId, int position, Long examId, String examTitle, Long staffId,
                               String staffName, String stem, String referenceAnswer, String response, int points) {
}
