package org.yuanwu.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One person under one rule in a year: what she has, what is required, what is missing and by when. */
public record ComplianceRow(Long unitId, String unitName, Long staffId, String employeeNo, String staffName,
                            Long ruleId, String ruleName, ComplianceRequirement requirement, ExamKind examKind,
                            BigDecimal required, BigDecimal achieved, BigDecimal missing, LocalDate dueOn,
                            boolean overdue) {

    public boolean met() {
        return missing.signum() == 0;
    }
}
