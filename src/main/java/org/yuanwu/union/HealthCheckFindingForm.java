package org.yuanwu.union;

/** The result of one person's check: abnormal or not, what was found, the conclusion, the follow-up advice. */
public record HealthCheckFindingForm(Long staffId, Boolean abnormal, String findings, String conclusion, String advice) {
}
