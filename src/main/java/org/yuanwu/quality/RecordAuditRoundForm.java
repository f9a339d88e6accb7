package org.yuanwu.quality;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A records-audit round: the unit, the month ({@code yyyy-MM}), the records checklist (the active nursing-records
 * template when left empty), the pass mark (90 when left empty) and the weight of defects on discharged records
 * (1.5 when left empty).
 */
public class RecordAuditRoundForm {

    @NotNull
    private Long unitId;
    @NotNull
    @Pattern(regexp = "\\d{4}-\\d{2}")
    private String month;
    private Long templateId;
    @DecimalMin("0") @DecimalMax("100")
    private BigDecimal passMark;
    @DecimalMin("1") @DecimalMax("5")
    private BigDecimal dischargedWeight;
    @Size(max = 200)
    private String title;

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public Long getTemplateId() { return templateId; }
    public void setTemplateId(Long templateId) { this.templateId = templateId; }
    public BigDecimal getPassMark() { return passMark; }
    public void setPassMark(BigDecimal passMark) { this.passMark = passMark; }
    public BigDecimal getDischargedWeight() { return dischargedWeight; }
    public void setDischargedWeight(BigDecimal dischargedWeight) { this.dischargedWeight = dischargedWeight; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title == null || title.isBlank() ? null : title.strip(); }
}
