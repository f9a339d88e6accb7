package org.yuanwu.union;

import java.util.List;

/** A person's staff health file (HEALTH_FINDINGS_READ only): her conclusions and advice year by year, and the checks she was due for. */
public record HealthCheckFile(Long staffId, String name, String employeeNo, String unitName,
                              List<HealthCheckFinding> findings, List<Attendance> checks) {

    public record Attendance(Long campaignId, int year, String provider, java.time.LocalDate attendedOn) {
    }
}
