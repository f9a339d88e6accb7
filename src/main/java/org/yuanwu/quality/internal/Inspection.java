package org.yuanwu.quality.internal;

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
import java.util.Optional;
import org.yuanwu.quality.InspectionStatus;

@Entity
@Table(name = "quality_inspection")
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_inspection_seq")
    @SequenceGenerator(name = "quality_inspection_seq", sequenceName = "quality_inspection_seq", allocationSize = 50)
    private Long id;
    @Column(name = "template_id")
    private Long templateId;
    @Column(name = "family_code")
    private String familyCode;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "inspecting_unit_id")
    private Long inspectingUnitId;
    @Column(name = "round_id")
    private Long roundId;
    @Column(name = "inspection_date")
    private LocalDate inspectionDate;
    @Column(name = "deadline_days")
    private int deadlineDays;
    @Enumerated(EnumType.STRING)
    private InspectionStatus status;
    @Column(name = "inspector_id")
    private Long inspectorId;
    private String inspector;
    @Column(name = "raw_score")
    private BigDecimal rawScore;
    @Column(name = "max_score")
    private BigDecimal maxScore;
    private BigDecimal percentage;
    private boolean vetoed;
    private String remarks;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "withdrawn_reason")
    private String withdrawnReason;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "inspection_id", nullable = false)
    private List<InspectionLine> lines = new ArrayList<>();

    protected Inspection() {
    }

    public Inspection(QualityTemplate template, Long unitId, Long inspectingUnitId, Long roundId, LocalDate date,
                      int deadlineDays, Long inspectorId, String inspector, Instant now) {
        this.templateId = template.getId();
        this.familyCode = template.getFamilyCode();
        this.unitId = unitId;
        this.inspectingUnitId = inspectingUnitId;
        this.roundId = roundId;
        this.inspectionDate = date;
        this.deadlineDays = deadlineDays;
        this.inspectorId = inspectorId;
        this.inspector = inspector;
        this.status = InspectionStatus.DRAFT;
        this.maxScore = template.getTotalPoints();
        this.rawScore = template.getTotalPoints();
        this.percentage = BigDecimal.valueOf(100).setScale(1);
        this.createdAt = now;
        this.updatedAt = now;
        template.getItems().forEach(i -> lines.add(new InspectionLine(i.getId())));
    }

    public Optional<InspectionLine> line(Long itemId) {
        return lines.stream().filter(l -> l.getTemplateItemId().equals(itemId)).findFirst();
    }

    public void scored(Scoring.Result result, String remarks, Instant now) {
        this.rawScore = result.raw();
        this.maxScore = result.max();
        this.percentage = result.percentage();
        this.vetoed = result.vetoed();
        if (remarks != null) {
            this.remarks = remarks.isBlank() ? null : remarks.strip();
        }
        this.updatedAt = now;
    }

    /** A fill-in by another inspector (e.g. of a planned round) makes them the inspector of record. */
    public void inspectedBy(Long userId, String username) {
        this.inspectorId = userId;
        this.inspector = username;
    }

    public void moveTo(InspectionStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
        if (next == InspectionStatus.PUBLISHED) {
            this.publishedAt = now;
        }
    }

    public void withdraw(String reason, Instant now) {
        this.status = InspectionStatus.WITHDRAWN;
        this.withdrawnReason = reason;
        this.updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("templateId", templateId);
        m.put("unitId", unitId);
        m.put("inspectingUnitId", inspectingUnitId);
        m.put("inspectionDate", inspectionDate);
        m.put("status", status);
        m.put("rawScore", rawScore);
        m.put("percentage", percentage);
        m.put("vetoed", vetoed);
        return m;
    }

    public Long getId() { return id; }
    public Long getTemplateId() { return templateId; }
    public String getFamilyCode() { return familyCode; }
    public Long getUnitId() { return unitId; }
    public Long getInspectingUnitId() { return inspectingUnitId; }
    public Long getRoundId() { return roundId; }
    public LocalDate getInspectionDate() { return inspectionDate; }
    public int getDeadlineDays() { return deadlineDays; }
    public InspectionStatus getStatus() { return status; }
    public Long getInspectorId() { return inspectorId; }
    public String getInspector() { return inspector; }
    public BigDecimal getRawScore() { return rawScore; }
    public BigDecimal getMaxScore() { return maxScore; }
    public BigDecimal getPercentage() { return percentage; }
    public boolean isVetoed() { return vetoed; }
    public String getRemarks() { return remarks; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getWithdrawnReason() { return withdrawnReason; }
    public long getVersion() { return version; }
    public List<InspectionLine> getLines() { return lines; }
    public void setDeadlineDays(int deadlineDays) { this.deadlineDays = deadlineDays; }
}
