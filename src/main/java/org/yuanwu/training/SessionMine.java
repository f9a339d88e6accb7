package org.yuanwu.training;

/** A session of the signed-in trainee ("my training"): the session and her own attendance. */
public record SessionMine(SessionView session, AttendanceView attendance) {
}
