package org.yuanwu.party;

/** One person's attendance: {@code personId} is the member id for a meeting, the staff id for a study session. */
public record AttendanceView(Long personId, String name, boolean present, String absenceReason) {
}
