package org.yuanwu.quality.internal.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

@Entity
@Table(name = "quality_record_round")
public class RecordRound {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_record_round_seq")
    @SequenceGenerator(name = "quality_record_round_seq", sequenceName = "quality_record_round_seq", allocationSize = 50)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "period_month")
    private LocalDate periodMonth;
    @Column(name = "template_id")
    private Long templateId;
    @Column(name = "pass_mark")
    private BigDecimal passMark;
    @Column(name = "discharged_weight")
    private BigDecimal dischargedWeight;
    private String title;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected RecordRound() {
    }

    public RecordRound(Long unitId, LocalDate periodMonth, Long templateId, BigDecimal passMark,
                       BigDecimal dischargedWeight, String title, String createdBy, Instant now) {
        this.unitId = unitId;
        this.periodMonth = periodMonth;
        this.templateId = templateId;
        this.passMark = passMark;
        this.dischargedWeight = dischargedWeight;
        this.title = title;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("periodMonth", periodMonth);
        m.put("templateId", templateId);
        m.put("passMark", passMark);
        m.put("dischargedWeight", dischargedWeight);
        m.put("title", title);
        return m;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public LocalDate getPeriodMonth() { return periodMonth; }
    public Long getTemplateId() { return templateId; }
    public BigDecimal getPassMark() { return passMark; }
    public BigDecimal getDischargedWeight() { return dischargedWeight; }
    public String getTitle() { return title; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
