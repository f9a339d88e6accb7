package org.yuanwu.training;

import java.time.Instant;
import java.util.List;

/**
 * One version of a bank question. {@code lineageId} names the question across its versions;
 * {@code options} lists the non-blank options from A on.
 */
public record QuestionView(Long id, Long lineageId, int versionNo, boolean latest, Long unitId, String unitName,
                           QuestionType type, QuestionCategory category, int difficulty, String stem,
                           List<String> options, String answer, String tags, String explanation, int points,
                           boolean used, boolean withdrawn, String withdrawnReason, String createdBy,
                           Instant updatedAt, long version) {
}
