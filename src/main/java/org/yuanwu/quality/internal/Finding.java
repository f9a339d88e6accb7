package org.yuanwu.quality.internal;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.quality.FindingStatus;

@Entity
@Table(name = "quality_finding")
public class Finding {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_finding_seq")
    @SequenceGenerator(name = "quality_finding_seq", sequenceName = "quality_finding_seq", allocationSize = 50)
    private Long id;
    @Column(name = "inspection_id")
    private Long inspectionId;
    @Column(name = "line_id")
    private Long lineId;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "item_code")
    private String itemCode;
    private String description;
    @Column(name = "points_lost")
    private BigDecimal pointsLost;
    @Column(name = "responsible_staff_id")
    private Long responsibleStaffId;
    private LocalDate deadline;
    @Enumerated(EnumType.STRING)
    private FindingStatus status;
    @Column(name = "corrective_action")
    private String correctiveAction;
    @Column(name = "evidence_id")
    private Long evidenceId;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "reject_reason")
    private String rejectReason;
    @Column(name = "verified_by")
    private String verifiedBy;
    @Column(name = "verified_at")
    private Instant verifiedAt;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    private boolean recurrence;
    @Column(name = "recurrence_of_id")
    private Long recurrenceOfId;
    private String accountability;
    @Column(name = "accountability_by")
    private String accountabilityBy;
    @Column(name = "accountability_at")
    private Instant accountabilityAt;
    @Column(name = "withdrawn_reason")
    private String withdrawnReason;
    @Column(name = "source_type")
    private String sourceType;
    @Column(name = "source_id")
    private String sourceId;
    @Column(name = "opened_on")
    private LocalDate openedOn;
    @Column(name = "verifier_unit_id")
    private Long verifierUnitId;
    @Column(name = "opened_by")
    private String openedBy;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Finding() {
    }

    public Finding(Long inspectionId, Long lineId, Long unitId, String itemCode, String description,
                   BigDecimal pointsLost, LocalDate deadline, Long recurrenceOfId, Instant now) {
        this.inspectionId = inspectionId;
        this.lineId = lineId;
        this.unitId = unitId;
        this.itemCode = itemCode;
        this.description = description;
        this.pointsLost = pointsLost;
        this.deadline = deadline;
        this.recurrence = recurrenceOfId != null;
        this.recurrenceOfId = recurrenceOfId;
        this.status = FindingStatus.OPEN;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A finding opened by another module: no inspection, a source, the verifying office, no points. */
    public static Finding fromSource(String sourceType, String sourceId, Long unitId, String itemKey,
                                     String description, Long responsibleStaffId, LocalDate openedOn,
                                     LocalDate deadline, String correctiveAction, Long verifierUnitId,
                                     Long recurrenceOfId, String by, Instant now) {
        Finding f = new Finding(null, null, unitId, itemKey, description, BigDecimal.ZERO, deadline, recurrenceOfId, now);
        f.sourceType = sourceType;
        f.sourceId = sourceId;
        f.openedOn = openedOn;
        f.responsibleStaffId = responsibleStaffId;
        f.correctiveAction = correctiveAction;
        f.verifierUnitId = verifierUnitId;
        f.openedBy = by;
        return f;
    }

    public boolean isExternal() {
        return inspectionId == null;
    }

    public void answer(String action, Long evidenceId, Long responsibleStaffId, String by, Instant now) {
        this.correctiveAction = action;
        this.evidenceId = evidenceId;
        if (responsibleStaffId != null) {
            this.responsibleStaffId = responsibleStaffId;
        }
        this.answeredBy = by;
        this.answeredAt = now;
        this.status = FindingStatus.ANSWERED;
        this.updatedAt = now;
    }

    public void accountable(String text, String by, Instant now) {
        this.accountability = text;
        this.accountabilityBy = by;
        this.accountabilityAt = now;
        this.updatedAt = now;
    }

    public void accept(String by, Instant now, LocalDate today) {
        this.status = FindingStatus.ACCEPTED;
        this.verifiedBy = by;
        this.verifiedAt = now;
        this.closedOn = today;
        this.rejectReason = null;
        this.updatedAt = now;
    }

    public void reject(String reason, String by, Instant now) {
        this.status = FindingStatus.OPEN;
        this.rejectReason = reason;
        this.verifiedBy = by;
        this.verifiedAt = now;
        this.updatedAt = now;
    }

    public void assign(Long staffId, LocalDate deadline, Instant now) {
        this.responsibleStaffId = staffId;
        if (deadline != null) {
            this.deadline = deadline;
        }
        this.updatedAt = now;
    }

    public void withdraw(String reason, Instant now) {
        this.status = FindingStatus.WITHDRAWN;
        this.withdrawnReason = reason;
        this.updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("itemCode", itemCode);
        m.put("status", status);
        m.put("deadline", deadline);
        m.put("responsibleStaffId", responsibleStaffId);
        m.put("correctiveAction", correctiveAction);
        m.put("evidenceId", evidenceId);
        m.put("rejectReason", rejectReason);
        m.put("recurrence", recurrence);
        m.put("accountability", accountability);
        m.put("closedOn", closedOn);
        if (sourceType != null) {
            m.put("sourceType", sourceType);
            m.put("sourceId", sourceId);
            m.put("verifierUnitId", verifierUnitId);
        }
        return m;
    }

    public Long getId() { return id; }
    public Long getInspectionId() { return inspectionId; }
    public Long getLineId() { return lineId; }
    public Long getUnitId() { return unitId; }
    public String getItemCode() { return itemCode; }
    public String getDescription() { return description; }
    public BigDecimal getPointsLost() { return pointsLost; }
    public Long getResponsibleStaffId() { return responsibleStaffId; }
    public LocalDate getDeadline() { return deadline; }
    public FindingStatus getStatus() { return status; }
    public String getCorrectiveAction() { return correctiveAction; }
    public Long getEvidenceId() { return evidenceId; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getRejectReason() { return rejectReason; }
    public String getVerifiedBy() { return verifiedBy; }
    public Instant getVerifiedAt() { return verifiedAt; }
    public LocalDate getClosedOn() { return closedOn; }
    public boolean isRecurrence() { return recurrence; }
    public Long getRecurrenceOfId() { return recurrenceOfId; }
    public String getAccountability() { return accountability; }
    public String getAccountabilityBy() { return accountabilityBy; }
    public long getVersion() { return version; }
    public String getSourceType() { return sourceType; }
    public String getSourceId() { return sourceId; }
    public LocalDate getOpenedOn() { return openedOn; }
    public Long getVerifierUnitId() { return verifierUnitId; }
    public String getOpenedBy() { return openedBy; }
}
