package org.yuanwu.organization;

/**
 * Search criteria for the staff register; every field is optional. Pages and the API bind it
 * straight from the query string (q, unitId, title, status, employmentType, nurseLevel).
 */
public record StaffFilter(String q, Long unitId, ProfessionalTitle title, StaffStatus status,
                          EmploymentType employmentType, NurseLevel nurseLevel) {

    public static StaffFilter none() {
        return new StaffFilter(null, null, null, null, null, null);
    }
}
