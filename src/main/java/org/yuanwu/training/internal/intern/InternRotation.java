package org.yuanwu.training.internal.intern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One block of an intern's placement: a ward, from and to (inclusive), and her tutor there. */
@Entity
@Table(name = "training_intern_rotation")
public class InternRotation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "intake_id")
    private Long intakeId;
    @Column(name = "intern_id")
    private Long internId;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "from_on")
    private LocalDate fromOn;
    @Column(name = "to_on")
    private LocalDate toOn;
    @Column(name = "tutor_staff_id")
    private Long tutorStaffId;
    @Column(name = "removed_reason")
    private String removedReason;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected InternRotation() {
    }

    public InternRotation(Long intakeId, Long internId, Instant now) {
        this.intakeId = intakeId;
        this.internId = internId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void place(Long unitId, LocalDate fromOn, LocalDate toOn, Instant now) {
        if (this.unitId != null && !this.unitId.equals(unitId)) {
            this.tutorStaffId = null; // a tutor belongs to her ward
        }
        this.unitId = unitId;
        this.fromOn = fromOn;
        this.toOn = toOn;
        this.updatedAt = now;
    }

    public void assignTutor(Long staffId, Instant now) {
        this.tutorStaffId = staffId;
        this.updatedAt = now;
    }

    public void remove(String reason, Instant now) {
        this.removedReason = reason;
        this.updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("internId", internId);
        m.put("unitId", unitId);
        m.put("fromOn", fromOn);
        m.put("toOn", toOn);
        m.put("tutorStaffId", tutorStaffId);
        m.put("removedReason", removedReason);
        return m;
    }

    public Long getId() { return id; }
    public Long getIntakeId() { return intakeId; }
    public Long getInternId() { return internId; }
    public Long getUnitId() { return unitId; }
    public LocalDate getFromOn() { return fromOn; }
    public LocalDate getToOn() { return toOn; }
    public Long getTutorStaffId() { return tutorStaffId; }
    public String getRemovedReason() { return removedReason; }
    public long getVersion() { return version; }
    public RotationRules.Span span() { return new RotationRules.Span(id, fromOn, toOn); }
}
