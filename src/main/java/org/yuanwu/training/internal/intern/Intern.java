package org.yuanwu.training.internal.intern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A student on placement: not staff, so kept here; she answers evaluations and the vote with her personal code. */
@Entity
@Table(name = "training_intern")
public class Intern {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "intake_id")
    private Long intakeId;
    private String name;
    @Column(name = "student_no")
    private String studentNo;
    private String school;
    private String phone;
    private String code;
    @Column(name = "withdrawn_reason")
    private String withdrawnReason;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Intern() {
    }

    public Intern(Long intakeId, String code, Instant now) {
        this.intakeId = intakeId;
        this.code = code;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void apply(String name, String studentNo, String school, String phone, Instant now) {
        this.name = name;
        this.studentNo = studentNo;
        this.school = school;
        this.phone = phone;
        this.updatedAt = now;
    }

    public void withdraw(String reason, Instant now) {
        this.withdrawnReason = reason;
        this.updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("intakeId", intakeId);
        m.put("name", name);
        m.put("studentNo", studentNo);
        m.put("school", school);
        m.put("phone", phone);
        m.put("withdrawnReason", withdrawnReason);
        return m;
    }

    public Long getId() { return id; }
    public Long getIntakeId() { return intakeId; }
    public String getName() { return name; }
    public String getStudentNo() { return studentNo; }
    public String getSchool() { return school; }
    public String getPhone() { return phone; }
    public String getCode() { return code; }
    public String getWithdrawnReason() { return withdrawnReason; }
    public long getVersion() { return version; }
    public boolean isActive() { return withdrawnReason == null; }
}
