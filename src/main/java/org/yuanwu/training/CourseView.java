package org.yuanwu.training;

import java.math.BigDecimal;
import java.time.Instant;

/** A course as callers see it, with how many sessions it has. */
public record CourseView(Long id, Long unitId, String unitName, String topic, CourseCategory category,
                         BigDecimal creditHours, String description, boolean active, String withdrawnReason,
                         int sessionCount, String createdBy, Instant createdAt, Instant updatedAt, long version) {
}
