package org.yuanwu.infection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A stay flagged by a rule. {@code reportedCaseIds}: cases the ward already reported for the same stay; confirming
 * the suspect against one of them is not a miss, confirming it without one is.
 */
public record SuspectView(Long id, Long admissionId, String visitNo, String patientNo, Long unitId, String unitName,
                          Instant admittedAt, String ruleCode, String ruleNameZh, String ruleNameEn, EventKind eventKind,
                          Instant eventAt, long hoursAfterAdmission, BigDecimal amount, String specimen, String organism,
                          String detail, Instant flaggedAt, SuspectStatus status, Long caseId, String reviewedBy,
                          Instant reviewedAt, String reviewNote, List<Long> reportedCaseIds, long version) {
}
