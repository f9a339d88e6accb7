package org.yuanwu.training;

import java.time.LocalDate;

/** An intake as callers see it, with its head count. */
public record InternIntakeView(Long id, String name, String school, String specialty, Long unitId, String unitName,
                               LocalDate startOn, LocalDate endOn, int maxInternsPerTutor, LocalDate voteClosesOn,
                               boolean voteOpen, String note, long internCount, String removedReason, long version) {
}
