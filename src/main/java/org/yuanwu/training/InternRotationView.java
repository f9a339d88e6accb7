package org.yuanwu.training;

import java.time.LocalDate;

/** A rotation with the names a page shows. */
public record InternRotationView(Long id, Long intakeId, Long internId, String internName, Long unitId, String unitName,
                                 LocalDate fromOn, LocalDate toOn, Long tutorStaffId, String tutorName,
                                 boolean tutorRated, boolean internRated, long version) {
}
