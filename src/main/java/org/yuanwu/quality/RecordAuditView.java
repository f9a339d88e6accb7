package org.yuanwu.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An audited record: its score (deductions weighted when discharged), pass or fail, and its archive hold. */
public record RecordAuditView(Long id, Long roundId, Long unitId, String unitName, String recordNo, String patientName,
                              boolean discharged, RecordAuditLevel level, LocalDate auditedOn, String auditor,
                              BigDecimal rawDeduction, BigDecimal weight, BigDecimal weightedDeduction, BigDecimal score,
                              BigDecimal passMark, boolean vetoed, boolean passed, RecordAuditStatus status,
                              boolean mayArchive, String correction, String correctedBy, Instant correctedAt,
                              String recheckNote, String releasedBy, Instant releasedAt, String voidReason,
                              List<DefectLine> defects, long version) {

    public record DefectLine(Long itemId, String itemCode, String itemText, int occurrences, BigDecimal deduction,
                             boolean veto, String note) {
    }
}
