package org.yuanwu.party;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One department's political study in one week (Monday to Sunday).
 *
 * @param hours           the hours of study held that week
 * @param present         attendances recorded present over the week's sessions
 * @param listed          attendances recorded (present or absent)
 * @param coveragePercent present / listed in percent, one decimal; null when nobody was listed
 * @param shortOfHours    fewer hours than the weekly requirement
 */
public record StudyWeek(Long unitId, String unitName, LocalDate weekStart, BigDecimal hours, int sessions, int present,
                        int listed, BigDecimal coveragePercent, boolean shortOfHours) {

    static StudyWeek of(Long unitId, String unitName, LocalDate weekStart, BigDecimal hours, int sessions, int present,
                        int listed, boolean shortOfHours) {
        BigDecimal coverage = listed == 0 ? null : BigDecimal.valueOf(Math.round(present * 1000.0 / listed), 1);
        return new StudyWeek(unitId, unitName, weekStart, hours, sessions, present, listed, coverage, shortOfHours);
    }
}
