package org.yuanwu.quality.internal.records;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yuanwu.quality.RecordAuditLevel;
import org.yuanwu.quality.RecordAuditStatus;

@Entity
@Table(name = "quality_record_audit")
public class RecordAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_record_audit_seq")
    @SequenceGenerator(name = "quality_record_audit_seq", sequenceName = "quality_record_audit_seq", allocationSize = 50)
    private Long id;
    @Column(name = "round_id")
    private Long roundId;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "record_no")
    private String recordNo;
    @Column(name = "patient_name")
    private String patientName;
    private boolean discharged;
    @Enumerated(EnumType.STRING)
    @Column(name = "audit_level")
    private RecordAuditLevel level;
    @Column(name = "audited_on")
    private LocalDate auditedOn;
    private String auditor;
    @Column(name = "raw_deduction")
    private BigDecimal rawDeduction;
    private BigDecimal weight;
    @Column(name = "weighted_deduction")
    private BigDecimal weightedDeduction;
    private BigDecimal score;
    private boolean vetoed;
    private boolean passed;
    @Enumerated(EnumType.STRING)
    private RecordAuditStatus status;
    private String correction;
    @Column(name = "corrected_by")
    private String correctedBy;
    @Column(name = "corrected_at")
    private Instant correctedAt;
    @Column(name = "recheck_note")
    private String recheckNote;
    @Column(name = "released_by")
    private String releasedBy;
    @Column(name = "released_at")
    private Instant releasedAt;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "audit_id", nullable = false)
    @OrderBy("itemCode")
    private List<RecordDefect> defects = new ArrayList<>();

    protected RecordAudit() {
    }

    public RecordAudit(Long roundId, Long unitId, String recordNo, String patientName, boolean discharged,
                       RecordAuditLevel level, LocalDate auditedOn, String auditor, List<RecordDefect> defects,
                       RecordScoring.Result result, Instant now) {
        this.roundId = roundId;
        this.unitId = unitId;
        this.recordNo = recordNo;
        this.patientName = patientName;
        this.discharged = discharged;
        this.level = level;
        this.auditedOn = auditedOn;
        this.auditor = auditor;
        this.defects.addAll(defects);
        this.rawDeduction = result.rawDeduction();
        this.weight = result.weight();
        this.weightedDeduction = result.weightedDeduction();
        this.score = result.score();
        this.vetoed = result.vetoed();
        this.passed = result.passed();
        this.status = result.passed() ? RecordAuditStatus.PASSED : RecordAuditStatus.HELD;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void correct(String text, String by, Instant now) {
        status = status.corrected();
        correction = text;
        correctedBy = by;
        correctedAt = now;
        updatedAt = now;
    }

    public void recheck(boolean accepted, String note, String by, Instant now) {
        status = status.rechecked(accepted);
        recheckNote = note;
        if (accepted) {
            releasedBy = by;
            releasedAt = now;
        }
        updatedAt = now;
    }

    public void voidWith(String reason, Instant now) {
        status = RecordAuditStatus.VOID;
        voidReason = reason;
        updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("roundId", roundId);
        m.put("recordNo", recordNo);
        m.put("patientName", patientName);
        m.put("discharged", discharged);
        m.put("level", level);
        m.put("auditedOn", auditedOn);
        m.put("defects", defects.stream().map(d -> d.getItemCode() + "×" + d.getOccurrences()).toList());
        m.put("weight", weight);
        m.put("score", score);
        m.put("passed", passed);
        m.put("status", status);
        m.put("correction", correction);
        m.put("recheckNote", recheckNote);
        m.put("voidReason", voidReason);
        return m;
    }

    public Long getId() { return id; }
    public Long getRoundId() { return roundId; }
    public Long getUnitId() { return unitId; }
    public String getRecordNo() { return recordNo; }
    public String getPatientName() { return patientName; }
    public boolean isDischarged() { return discharged; }
    public RecordAuditLevel getLevel() { return level; }
    public LocalDate getAuditedOn() { return auditedOn; }
    public String getAuditor() { return auditor; }
    public BigDecimal getRawDeduction() { return rawDeduction; }
    public BigDecimal getWeight() { return weight; }
    public BigDecimal getWeightedDeduction() { return weightedDeduction; }
    public BigDecimal getScore() { return score; }
    public boolean isVetoed() { return vetoed; }
    public boolean isPassed() { return passed; }
    public RecordAuditStatus getStatus() { return status; }
    public String getCorrection() { return correction; }
    public String getCorrectedBy() { return correctedBy; }
    public Instant getCorrectedAt() { return correctedAt; }
    public String getRecheckNote() { return recheckNote; }
    public String getReleasedBy() { return releasedBy; }
    public Instant getReleasedAt() { return releasedAt; }
    public String getVoidReason() { return voidReason; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<RecordDefect> getDefects() { return defects; }
}
