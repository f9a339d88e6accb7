package org.yuanwu.training;

import java.time.Instant;

/** One invitee (or walk-in) of a session and their attendance. */
public record AttendanceView(Long staffId, String staffName, Long unitId, String unitName, boolean walkIn,
                             AttendanceStatus attendance, AbsenceReason absenceReason, Instant signedInAt,
                             String recordedBy) {
}
