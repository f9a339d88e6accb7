package org.yuanwu.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An attempt with its paper. {@code remainingSeconds} is computed from the server's deadline at
 * the time of the request (0 once submitted). {@code score} is final only when GRADED.
 */
public record AttemptView(Long id, Long examId, String examTitle, Long staffId, String staffName, int attemptNo,
                          AttemptStatus status, Instant startedAt, Instant deadline, Instant submittedAt,
                          AttemptSubmitReason submitReason, BigDecimal score, BigDecimal maxScore, Boolean passed,
                          long remainingSeconds, boolean keyShown, List<AttemptItemView> items, long version) {

    public long answeredCount() {
        return items.stream().filter(AttemptItemView::answered).count();
    }
}
