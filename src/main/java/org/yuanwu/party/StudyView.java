package org.yuanwu.party;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A study session with its attendance (by staff id). */
public record StudyView(Long id, Long unitId, String unitName, LocalDate heldOn, String topic, BigDecimal hours,
                        int present, int absent, List<AttendanceView> attendance, String cancelReason, String createdBy,
                        long version) {
}
