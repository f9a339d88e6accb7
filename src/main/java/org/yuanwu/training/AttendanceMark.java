package org.yuanwu.training;

/** The organiser's tick for one invitee: PRESENT, or ABSENT with a reason (PENDING undoes a tick). */
public record AttendanceMark(Long staffId, AttendanceStatus attendance, AbsenceReason absenceReason) {
}
