package org.yuanwu.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One attempt at an exit exam; {@code latest} marks the attempt that counts. */
public record InternExitScoreView(Long id, Long internId, String internName, Long rotationId, String unitName,
                                  InternExitKind kind, BigDecimal score, BigDecimal passMark, boolean passed,
                                  int attempt, boolean latest, LocalDate examinedOn, String examiner) {
}
