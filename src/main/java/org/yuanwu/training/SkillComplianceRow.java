package org.yuanwu.training;

import java.util.List;

/** A person in standardised training and the active skills she has not yet passed in the year. */
public record SkillComplianceRow(Long unitId, String unitName, Long staffId, String employeeNo, String staffName,
                                 int required, int passed, List<String> missing) {
}
