package org.yuanwu.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record InspectionView(Long id, Long templateId, String templateName, int templateVersion, Long unitId,
                             String unitName, Long inspectingUnitId, String inspectingUnitName, Long roundId,
                             LocalDate inspectionDate, int deadlineDays, InspectionStatus status, String inspector,
                             BigDecimal rawScore, BigDecimal maxScore, BigDecimal percentage, boolean vetoed,
                             String remarks, Instant publishedAt, String withdrawnReason, long version,
                             List<InspectionLineView> lines, List<ReviewStepView> steps) {
}
