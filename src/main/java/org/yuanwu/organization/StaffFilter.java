package org.yuanwu.organization;

/** Search criteria for the staff register; every field is optional. */
public record StaffFilter(String q, Long unitId, ProfessionalTitle title, StaffStatus status,
                          EmploymentType employmentType, NurseLevel nurseLevel) {

    public static StaffFilter none() {
        return new StaffFilter(null, null, null, null, null, null);
    }
}
