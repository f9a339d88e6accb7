package org.yuanwu.union.internal.health;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The confidential result of one person's check: only the occupational-health office reads or writes it. */
@Entity
@Table(name = "union_health_finding")
public class HealthFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "union_health_finding_seq")
    @SequenceGenerator(name = "union_health_finding_seq", sequenceName = "union_health_finding_seq", allocationSize = 50)
    private Long id;
    @Column(name = "attendee_id")
    private Long attendeeId;
    @Column(name = "staff_id")
    private Long staffId;
    @Column(name = "check_year")
    private int checkYear;
    private boolean abnormal;
    private String findings;
    private String conclusion;
    private String advice;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Version
    private long version;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected HealthFinding() {
    }

    public HealthFinding(Long attendeeId, Long staffId, int checkYear, Instant now) {
        this.attendeeId = attendeeId;
        this.staffId = staffId;
        this.checkYear = checkYear;
        this.recordedAt = now;
    }

    public void record(boolean abnormal, String findings, String conclusion, String advice, String by, Instant now) {
        this.abnormal = abnormal;
        this.findings = findings;
        this.conclusion = conclusion;
        this.advice = advice;
        this.recordedBy = by;
        this.updatedAt = now;
    }

    /** What the audit trail keeps: that a finding was recorded, never its medical content. */
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("staffId", staffId);
        m.put("year", checkYear);
        m.put("recordedBy", recordedBy);
        return m;
    }

    public Long getId() { return id; }
    public Long getAttendeeId() { return attendeeId; }
    public Long getStaffId() { return staffId; }
    public int getCheckYear() { return checkYear; }
    public boolean isAbnormal() { return abnormal; }
    public String getFindings() { return findings; }
    public String getConclusion() { return conclusion; }
    public String getAdvice() { return advice; }
    public String getRecordedBy() { return recordedBy; }
    public long getVersion() { return version; }
    public Instant getUpdatedAt() { return updatedAt; }
}
