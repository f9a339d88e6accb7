package org.yuanwu.party;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One department's political study in one week (Monday to Sunday).
 *
 * @param hours    the hours of study held that week
 * @param present  attendances recorded present over the week's sessions
 * @param listed   attendances recorded (present or absent)
 * @param shortOfHours fewer hours than the weekly requirement
 */
public record StudyWeek(Long unitId, String unitName, LocalDate weekStart, BigDecimal hours, int sessions, int present,
                        int listed, boolean shortOfHours) {

    /** Share of recorded attendances that were present, in percent; null when nobody was listed. */
    public BigDecimal coveragePercent() {
        return listed == 0 ? null : BigDecimal.valueOf(present * 1000L / listed, 1);
    }
}
