package org.yuanwu.demo;

import java.time.LocalDate;
import java.util.List;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.Gender;
import org.yuanwu.organization.HygieneClass;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.organization.StaffForm;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.UnitForm;

/**
 * Everything the demo will create, decided before anything is saved: units (parents before children),
 * staff and users. Records refer to each other by unit code and employee number, since ids exist only
 * once saved.
 */
record DemoPlan(List<UnitSpec> units, List<StaffSpec> staff, List<UserSpec> users) {

    record UnitSpec(String code, String name, OrgUnitKind kind, String parentCode, Integer bedCount,
                    Integer servedPopulation, HygieneClass hygieneClass) {

        UnitForm toForm(Long parentId) {
            UnitForm f = new UnitForm();
            f.setCode(code);
            f.setName(name);
            f.setKind(kind);
            f.setParentId(parentId);
            f.setBedCount(bedCount);
            f.setServedPopulation(servedPopulation);
            f.setHygieneClass(hygieneClass);
            return f;
        }
    }

    record StaffSpec(String employeeNo, String name, Gender gender, LocalDate birthDate, String idNumber, String phone,
                     String unitCode, String position, ProfessionalTitle title, NurseLevel nurseLevel,
                     LocalDate hireDate, EmploymentType employmentType, StaffStatus status) {

        StaffForm toForm(Long unitId) {
            StaffForm f = new StaffForm();
            f.setEmployeeNo(employeeNo);
            f.setName(name);
            f.setGender(gender);
            f.setBirthDate(birthDate);
            f.setIdNumber(idNumber);
            f.setPhone(phone);
            f.setUnitId(unitId);
            f.setPosition(position);
            f.setTitle(title);
            f.setNurseLevel(nurseLevel);
            f.setHireDate(hireDate);
            f.setEmploymentType(employmentType);
            f.setStatus(status);
            return f;
        }
    }

    /** A demo sign-in; {@code unitCode} anchors its data scope (null for ALL), {@code employeeNo} links a staff record. */
    record UserSpec(String username, String displayName, Role role, DataScope dataScope, String unitCode,
                    String employeeNo) {
    }

    long wardCount() {
        return units.stream().filter(u -> u.kind() == OrgUnitKind.WARD).count();
    }
}
