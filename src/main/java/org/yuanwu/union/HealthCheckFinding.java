package org.yuanwu.union;

import java.time.Instant;

/** A confidential finding (HEALTH_FINDINGS_READ only). */
public record HealthCheckFinding(Long staffId, String name, String unitName, int year, boolean abnormal, String findings,
                                 String conclusion, String advice, String recordedBy, Instant recordedAt) {
}
