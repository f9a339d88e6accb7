package org.yuanwu.union;

import java.time.LocalDate;

/** One person due for the check and when she attended; never anything found at the check. */
public record HealthCheckAttendee(Long staffId, String name, String employeeNo, Long unitId, String unitName,
                                  LocalDate attendedOn) {
}
