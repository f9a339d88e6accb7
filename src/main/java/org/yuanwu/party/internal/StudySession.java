package org.yuanwu.party.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

@Entity
@Table(name = "party_study_session")
public class StudySession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "held_on")
    private LocalDate heldOn;
    private String topic;
    private BigDecimal hours;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "created_by")
    private String createdBy;
    /** By staff id. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "party_study_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "staff_id")
    private Map<Long, Attendance> attendance = new TreeMap<>();
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected StudySession() {
    }

    public StudySession(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void apply(Long unitId, LocalDate heldOn, String topic, BigDecimal hours, Map<Long, Attendance> attendance,
                      Instant now) {
        this.unitId = unitId;
        this.heldOn = heldOn;
        this.topic = topic;
        this.hours = hours;
        this.attendance.clear();
        this.attendance.putAll(attendance);
        this.updatedAt = now;
    }

    public void cancel(String reason, Instant now) {
        this.cancelReason = reason;
        this.updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("heldOn", heldOn);
        m.put("topic", topic);
        m.put("hours", hours);
        Map<String, Object> att = new LinkedHashMap<>();
        attendance.forEach((k, v) -> att.put(String.valueOf(k), v.isPresent() ? "present" : "absent: " + v.getAbsenceReason()));
        m.put("attendance", att);
        m.put("cancelReason", cancelReason);
        return m;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getTopic() { return topic; }
    public BigDecimal getHours() { return hours; }
    public String getCancelReason() { return cancelReason; }
    public String getCreatedBy() { return createdBy; }
    public Map<Long, Attendance> getAttendance() { return attendance; }
    public long getVersion() { return version; }
}
