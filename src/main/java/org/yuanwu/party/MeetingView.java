package org.yuanwu.party;

import java.time.LocalDate;
import java.util.List;

/** A meeting or lesson with its attendance; {@code cancelReason} set when it was taken off the record. */
public record MeetingView(Long id, Long branchId, String branchName, MeetingKind kind, LocalDate heldOn, String topic,
                          String minutes, int present, int absent, List<AttendanceView> attendance, String cancelReason,
                          String createdBy, long version) {
}
