package org.yuanwu.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One attempt; {@code latest} marks the attempt that counts for the person, skill and year (the
 * newest one not withdrawn). {@code scores} are filled only when one assessment is read.
 */
public record SkillAssessmentView(Long id, Long skillId, String skillName, Long sheetId, int sheetVersion, Long staffId,
                                  String staffName, Long unitId, String unitName, LocalDate assessedOn, BigDecimal score,
                                  BigDecimal maxScore, BigDecimal passThreshold, boolean passed, boolean latest,
                                  String examiner, String note, boolean withdrawn, String withdrawnReason,
                                  List<SkillScoreView> scores, long version) {
}
