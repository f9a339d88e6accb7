package org.yuanwu.indicator.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.yuanwu.indicator.Aggregation;
import org.yuanwu.indicator.MeasureView;

@Entity
@Table(name = "indicator_measure")
public class MeasureRecord {

    @Id
    private String code;
    @Column(name = "name_zh")
    private String nameZh;
    @Column(name = "name_en")
    private String nameEn;
    private String unit;
    @Enumerated(EnumType.STRING)
    private Aggregation aggregation;
    @Column(name = "manual_entry")
    private boolean manualEntry;
    @Column(name = "declared_by")
    private String declaredBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected MeasureRecord() {
    }

    public MeasureRecord(String code, String nameZh, String nameEn, String unit, Aggregation aggregation,
                         boolean manualEntry, String declaredBy, Instant createdAt) {
        this.code = code;
        this.createdAt = createdAt;
        redeclare(nameZh, nameEn, unit, aggregation, manualEntry, declaredBy);
    }

    public void redeclare(String nameZh, String nameEn, String unit, Aggregation aggregation, boolean manualEntry,
                          String declaredBy) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unit = unit;
        this.aggregation = aggregation;
        this.manualEntry = manualEntry;
        this.declaredBy = declaredBy;
    }

    public MeasureView view() {
        return new MeasureView(code, nameZh, nameEn, unit, aggregation, manualEntry, declaredBy);
    }

    public String getCode() { return code; }
    public Aggregation getAggregation() { return aggregation; }
    public boolean isManualEntry() { return manualEntry; }
    public String getDeclaredBy() { return declaredBy; }
}
