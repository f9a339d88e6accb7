package org.yuanwu.infection.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.infection.WasteCategory;
import org.yuanwu.infection.WasteStage;

/** A signed handover; immutable but for the link to the correction that supersedes it. */
@Entity
@Table(name = "infection_waste_handover")
public class WasteHandover {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "infection_waste_seq")
    @SequenceGenerator(name = "infection_waste_seq", sequenceName = "infection_waste_seq", allocationSize = 50)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "handover_date")
    private LocalDate handoverDate;
    @Enumerated(EnumType.STRING)
    private WasteStage stage;
    @Enumerated(EnumType.STRING)
    private WasteCategory category;
    private int bags;
    @Column(name = "weight_kg")
    private BigDecimal weightKg;
    @Column(name = "handed_by")
    private String handedBy;
    @Column(name = "received_by")
    private String receivedBy;
    @Column(name = "disposal_company")
    private String disposalCompany;
    @Column(name = "correction_of")
    private Long correctionOf;
    @Column(name = "superseded_by")
    private Long supersededBy;
    @Column(name = "correction_reason")
    private String correctionReason;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected WasteHandover() {
    }

    public WasteHandover(Long unitId, LocalDate handoverDate, WasteStage stage, WasteCategory category, int bags, BigDecimal weightKg,
                         String handedBy, String receivedBy, String disposalCompany, Long correctionOf, String correctionReason,
                         String by, Instant now) {
        this.unitId = unitId;
        this.handoverDate = handoverDate;
        this.stage = stage;
        this.category = category;
        this.bags = bags;
        this.weightKg = weightKg;
        this.handedBy = handedBy;
        this.receivedBy = receivedBy;
        this.disposalCompany = disposalCompany;
        this.correctionOf = correctionOf;
        this.correctionReason = correctionReason;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public void supersede(Long by) {
        this.supersededBy = by;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("date", handoverDate.toString());
        m.put("stage", stage.name());
        m.put("category", category.name());
        m.put("bags", bags);
        m.put("weightKg", weightKg.toPlainString());
        m.put("handedBy", handedBy);
        m.put("receivedBy", receivedBy);
        m.put("disposalCompany", disposalCompany);
        m.put("correctionOf", correctionOf);
        m.put("supersededBy", supersededBy);
        return m;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public LocalDate getHandoverDate() { return handoverDate; }
    public WasteStage getStage() { return stage; }
    public WasteCategory getCategory() { return category; }
    public int getBags() { return bags; }
    public BigDecimal getWeightKg() { return weightKg; }
    public String getHandedBy() { return handedBy; }
    public String getReceivedBy() { return receivedBy; }
    public String getDisposalCompany() { return disposalCompany; }
    public Long getCorrectionOf() { return correctionOf; }
    public Long getSupersededBy() { return supersededBy; }
    public String getCorrectionReason() { return correctionReason; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
