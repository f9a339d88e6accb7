package org.yuanwu.training;

import java.math.BigDecimal;
import java.time.Instant;

/** One exam of one person: the exam, her attempts, the counted result and what she may do now. */
public record ExamPersonResult(Long examId, String title, ExamKind kind, ExamMode mode, ExamStatus status,
                               Instant opensAt, Instant closesAt, Integer durationMinutes, int attempts, String outcome,
                               BigDecimal score, BigDecimal maxScore, Boolean passed, boolean canTake,
                               boolean inProgress, Long reviewAttemptId) {
}
