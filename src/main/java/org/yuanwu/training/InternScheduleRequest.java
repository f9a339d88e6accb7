package org.yuanwu.training;

import java.util.List;

/** Generate a round-robin schedule for the intake's interns over these wards, {@code weeksPerWard} weeks each. */
public record InternScheduleRequest(List<Long> unitIds, Integer weeksPerWard) {
}
