package org.yuanwu.quality;

import java.math.BigDecimal;

/**
 * A sampled record on the archive list: it may be archived only when none of its audits holds it
 * (every audit passed, or its hold was lifted after correction).
 */
public record RecordAuditArchiveRow(String recordNo, String patientName, Long unitId, String unitName,
                                    boolean discharged, int audits, BigDecimal lowestScore, RecordAuditStatus worstStatus,
                                    boolean mayArchive, Long holdingAuditId) {
}
