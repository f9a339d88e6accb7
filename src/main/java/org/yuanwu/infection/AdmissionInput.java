package org.yuanwu.infection;

import java.time.LocalDateTime;

/** A stay as the HIS sends it; times are local (Asia/Shanghai). The ward is named by its org-unit code. */
public record AdmissionInput(String visitNo, String patientNo, String unitCode, LocalDateTime admittedAt,
                             LocalDateTime dischargedAt) {
}
