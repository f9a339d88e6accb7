package org.yuanwu.training;

import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.ProfessionalTitle;

/** A line of the technical-file list: a staff member of a unit and her credits of the year. */
public record TechnicalFileRow(Long staffId, String employeeNo, String name, Long unitId, String unitName,
                               ProfessionalTitle title, NurseLevel nurseLevel, CreditTotals credits) {
}
