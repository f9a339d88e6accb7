package org.yuanwu.quality.internal.radiology;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yuanwu.quality.*;

@Entity
@Table(name = "quality_radiology_report_check")
public class RadiologyReportCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_radiology_report_check_gen")
    @SequenceGenerator(name = "quality_radiology_report_check_gen", sequenceName = "quality_radiology_seq", allocationSize = 50)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "report_no")
    private String reportNo;
    @Column(name = "radiologist_id")
    private Long radiologistId;
    @Column(name = "checked_on")
    private LocalDate checkedOn;
    @Column(name = "items_checked")
    private int itemsChecked;
    private int defects;
    @Column(name = "defect_note")
    private String defectNote;
    private BigDecimal score;
    @Column(name = "checked_by")
    private String checkedBy;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected RadiologyReportCheck() {
    }

    public RadiologyReportCheck(RadiologyForms.ReportCheck f, String by, Instant now) {
        unitId = f.unitId();
        reportNo = f.reportNo().strip();
        radiologistId = f.radiologistId();
        checkedOn = f.checkedOn();
        itemsChecked = f.itemsChecked();
        defects = f.defects();
        defectNote = f.defectNote() == null || f.defectNote().isBlank() ? null : f.defectNote().strip();
        score = f.score();
        checkedBy = by;
        createdAt = now;
        updatedAt = now;
    }

    public void voidWith(String reason, Instant now) {
        voidReason = reason;
        updatedAt = now;
    }

    public boolean isVoid() { return voidReason != null; }
    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public String getVoidReason() { return voidReason; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public String getReportNo() { return reportNo; }
    public Long getRadiologistId() { return radiologistId; }
    public LocalDate getCheckedOn() { return checkedOn; }
    public int getItemsChecked() { return itemsChecked; }
    public int getDefects() { return defects; }
    public String getDefectNote() { return defectNote; }
    public BigDecimal getScore() { return score; }
    public String getCheckedBy() { return checkedBy; }
}
