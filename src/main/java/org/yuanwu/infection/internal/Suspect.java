package org.yuanwu.infection.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.infection.SuspectStatus;

/** A suspected case; screening runs insert these by JDBC, reviews change them here. */
@Entity
@Table(name = "infection_suspect")
public class Suspect {

    @Id
    private Long id;
    @Column(name = "admission_id")
    private Long admissionId;
    @Column(name = "rule_id")
    private Long ruleId;
    @Column(name = "event_id")
    private Long eventId;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "flagged_at")
    private Instant flaggedAt;
    @Enumerated(EnumType.STRING)
    private SuspectStatus status;
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "review_note")
    private String reviewNote;
    @Version
    private long version;

    protected Suspect() {
    }

    public void review(SuspectStatus status, Long caseId, String note, String by, Instant now) {
        this.status = status;
        this.caseId = caseId;
        this.reviewNote = note;
        this.reviewedBy = by;
        this.reviewedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("admissionId", admissionId);
        m.put("ruleId", ruleId);
        m.put("status", status.name());
        m.put("caseId", caseId);
        m.put("reviewNote", reviewNote);
        return m;
    }

    public Long getId() { return id; }
    public Long getAdmissionId() { return admissionId; }
    public Long getRuleId() { return ruleId; }
    public Long getUnitId() { return unitId; }
    public SuspectStatus getStatus() { return status; }
    public Long getCaseId() { return caseId; }
    public long getVersion() { return version; }
}
