package org.yuanwu.training;

/** The tutor (a staff member of the rotation's ward, 护师 or above) for a rotation; {@code version} of the rotation. */
public record TutorAssignment(Long tutorStaffId, Long version) {
}
