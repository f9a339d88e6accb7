package org.yuanwu.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A version of a skill's scoring sheet; {@code current} for the one new assessments use. */
public record SkillSheetView(Long id, Long skillId, int sheetVersion, boolean current, List<SkillItemView> items,
                             BigDecimal maxScore, long assessmentCount, String createdBy, Instant createdAt) {
}
