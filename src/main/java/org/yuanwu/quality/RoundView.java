package org.yuanwu.quality;

import java.time.LocalDate;
import java.util.List;

public record RoundView(Long id, RoundKind kind, String title, Long templateId, Long parentUnitId,
                        LocalDate inspectionDate, List<InspectionView> inspections) {
}
