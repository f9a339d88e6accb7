package org.yuanwu.training;

import java.math.BigDecimal;
import java.util.List;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.ProfessionalTitle;

/** A compliance rule; the audience lists are empty when the rule applies to anyone. */
public record ComplianceRuleView(Long id, String name, Long audienceUnitId, String audienceUnitName,
                                 List<ProfessionalTitle> titles, List<NurseLevel> levels,
                                 List<EmploymentType> employmentTypes, ComplianceRequirement requirement,
                                 ExamKind examKind, BigDecimal requiredCount, int dueMonth, boolean active,
                                 String withdrawnReason, long version) {
}
