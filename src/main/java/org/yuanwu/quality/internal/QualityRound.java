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
import java.time.Instant;
import java.time.LocalDate;
import org.yuanwu.quality.RoundKind;

@Entity
@Table(name = "quality_round")
public class QualityRound {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_round_seq")
    @SequenceGenerator(name = "quality_round_seq", sequenceName = "quality_round_seq", allocationSize = 50)
    private Long id;
    @Enumerated(EnumType.STRING)
    private RoundKind kind;
    private String title;
    @Column(name = "template_id")
    private Long templateId;
    @Column(name = "parent_unit_id")
    private Long parentUnitId;
    @Column(name = "inspection_date")
    private LocalDate inspectionDate;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected QualityRound() {
    }

    public QualityRound(RoundKind kind, String title, Long templateId, Long parentUnitId, LocalDate inspectionDate,
                        String createdBy, Instant now) {
        this.kind = kind;
        this.title = title;
        this.templateId = templateId;
        this.parentUnitId = parentUnitId;
        this.inspectionDate = inspectionDate;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public RoundKind getKind() { return kind; }
    public String getTitle() { return title; }
    public Long getTemplateId() { return templateId; }
    public Long getParentUnitId() { return parentUnitId; }
    public LocalDate getInspectionDate() { return inspectionDate; }
}
