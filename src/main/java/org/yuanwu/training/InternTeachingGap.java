package org.yuanwu.training;

import java.time.LocalDate;

/** A past week of a tutored rotation with no teaching record: what the head nurse chases. */
public record InternTeachingGap(Long rotationId, String internName, Long tutorStaffId, String tutorName,
                                LocalDate weekStart) {
}
