package org.yuanwu.union;

import java.util.List;

/** Attendance of an activity: the staff ids who came; every other sign-up is recorded as absent. */
public record ActivityAttendance(List<Long> attendedStaffIds, Long version) {
}
