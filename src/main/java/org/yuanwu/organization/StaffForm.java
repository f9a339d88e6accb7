package org.yuanwu.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What a person fills in to register or edit a staff member (web form, API body, import row). */
public class StaffForm {

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9-]*", message = "{validation.employeeNo}")
    private String employeeNo;

    @NotBlank
    @Size(max = 50)
    private String name;

    @NotNull
    private Gender gender;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    @Size(max = 18)
    private String idNumber;

    @Size(max = 20)
    @Pattern(regexp = "|1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}", message = "{validation.phone}")
    private String phone;

    @NotNull
    private Long unitId;

    @Size(max = 50)
    private String position;

    private ProfessionalTitle title;

    private NurseLevel nurseLevel;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate hireDate;

    @NotNull
    private EmploymentType employmentType;

    @NotNull
    private StaffStatus status = StaffStatus.ACTIVE;

    private Long version;

    public String getEmployeeNo() { return employeeNo; }
    public void setEmployeeNo(String employeeNo) { this.employeeNo = trim(employeeNo); }
    public String getName() { return name; }
    public void setName(String name) { this.name = trim(name); }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber == null ? null : emptyToNull(idNumber.trim().toUpperCase()); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = trim(phone); }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = emptyToNull(trim(position)); }
    public ProfessionalTitle getTitle() { return title; }
    public void setTitle(ProfessionalTitle title) { this.title = title; }
    public NurseLevel getNurseLevel() { return nurseLevel; }
    public void setNurseLevel(NurseLevel nurseLevel) { this.nurseLevel = nurseLevel; }
    public LocalDate getHireDate() { return hireDate; }
    public void setHireDate(LocalDate hireDate) { this.hireDate = hireDate; }
    public EmploymentType getEmploymentType() { return employmentType; }
    public void setEmploymentType(EmploymentType employmentType) { this.employmentType = employmentType; }
    public StaffStatus getStatus() { return status; }
    public void setStatus(StaffStatus status) { this.status = status; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    public static StaffForm of(StaffView s) {
        StaffForm f = new StaffForm();
        f.employeeNo = s.employeeNo();
        f.name = s.name();
        f.gender = s.gender();
        f.birthDate = s.birthDate();
        f.idNumber = s.idNumber();
        f.phone = s.phone();
        f.unitId = s.unitId();
        f.position = s.position();
        f.title = s.title();
        f.nurseLevel = s.nurseLevel();
        f.hireDate = s.hireDate();
        f.employmentType = s.employmentType();
        f.status = s.status();
        f.version = s.version();
        return f;
    }
}
