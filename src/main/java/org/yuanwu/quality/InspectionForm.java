package org.yuanwu.quality;

import java.time.LocalDate;

/** An ad hoc inspection: the unit (in the inspector's scope), the template and the day; the deadline for findings in days. */
public class InspectionForm {

    private Long unitId;
    private Long templateId;
    private LocalDate inspectionDate;
    private Integer deadlineDays;

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Long getTemplateId() { return templateId; }
    public void setTemplateId(Long templateId) { this.templateId = templateId; }
    public LocalDate getInspectionDate() { return inspectionDate; }
    public void setInspectionDate(LocalDate inspectionDate) { this.inspectionDate = inspectionDate; }
    public Integer getDeadlineDays() { return deadlineDays; }
    public void setDeadlineDays(Integer deadlineDays) { this.deadlineDays = deadlineDays; }
}
