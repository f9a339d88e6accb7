package org.yuanwu.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One candidate's result in an exam: the attempt that counts (the best graded score; the earlier
 * on a tie) and how many attempts she made. {@code outcome} is ABSENT (no attempt), IN_PROGRESS,
 * PENDING (short answers not yet graded), PASSED or FAILED.
 */
public record ExamResultRow(Long staffId, String staffName, String employeeNo, Long unitId, String unitName,
                            int attempts, String outcome, BigDecimal score, BigDecimal maxScore, Boolean passed,
                            LocalDate examDate, Long countedAttemptId) {
}
