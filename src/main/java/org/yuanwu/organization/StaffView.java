package org.yuanwu.organization;

import java.time.LocalDate;

/** A staff member as callers see it; {@code idNumber} is masked unless the caller may edit staff. */
public record StaffView(Long id, String employeeNo, String name, Gender gender, LocalDate birthDate,
                        String idNumber, String phone, Long unitId, String unitName, String position,
                        ProfessionalTitle title, NurseLevel nurseLevel, LocalDate hireDate,
                        EmploymentType employmentType, StaffStatus status, long version) {
}
