package org.yuanwu.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.Gender;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.organization.StaffForm;
import org.yuanwu.organization.StaffStatus;

@Entity
@Table(name = "org_staff")
public class StaffMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_staff_seq")
    @SequenceGenerator(name = "org_staff_seq", sequenceName = "org_staff_seq", allocationSize = 50)
    private Long id;

    @Column(name = "employee_no")
    private String employeeNo;
    private String name;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Column(name = "id_number")
    private String idNumber;
    private String phone;
    @Column(name = "unit_id")
    private Long unitId;
    private String position;
    @Enumerated(EnumType.STRING)
    private ProfessionalTitle title;
    @Enumerated(EnumType.STRING)
    @Column(name = "nurse_level")
    private NurseLevel nurseLevel;
    @Column(name = "hire_date")
    private LocalDate hireDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type")
    private EmploymentType employmentType;
    @Enumerated(EnumType.STRING)
    private StaffStatus status;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected StaffMember() {
    }

    public StaffMember(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Copies the form's values; true when anything changed. */
    public boolean apply(StaffForm f, Instant now) {
        Map<String, Object> before = snapshot();
        employeeNo = f.getEmployeeNo();
        name = f.getName();
        gender = f.getGender();
        birthDate = f.getBirthDate();
        idNumber = f.getIdNumber();
        phone = f.getPhone() == null || f.getPhone().isEmpty() ? null : f.getPhone();
        unitId = f.getUnitId();
        position = f.getPosition();
        title = f.getTitle();
        nurseLevel = f.getNurseLevel();
        hireDate = f.getHireDate();
        employmentType = f.getEmploymentType();
        status = f.getStatus();
        boolean changed = !before.equals(snapshot());
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("employeeNo", employeeNo);
        m.put("name", name);
        m.put("gender", gender);
        m.put("birthDate", birthDate == null ? null : birthDate.toString());
        m.put("idNumber", idNumber);
        m.put("phone", phone);
        m.put("unitId", unitId);
        m.put("position", position);
        m.put("title", title);
        m.put("nurseLevel", nurseLevel);
        m.put("hireDate", hireDate == null ? null : hireDate.toString());
        m.put("employmentType", employmentType);
        m.put("status", status);
        return m;
    }

    public Long getId() { return id; }
    public String getEmployeeNo() { return employeeNo; }
    public String getName() { return name; }
    public Gender getGender() { return gender; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getIdNumber() { return idNumber; }
    public String getPhone() { return phone; }
    public Long getUnitId() { return unitId; }
    public String getPosition() { return position; }
    public ProfessionalTitle getTitle() { return title; }
    public NurseLevel getNurseLevel() { return nurseLevel; }
    public LocalDate getHireDate() { return hireDate; }
    public EmploymentType getEmploymentType() { return employmentType; }
    public StaffStatus getStatus() { return status; }
    public long getVersion() { return version; }
}
