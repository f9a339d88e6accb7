package org.yuanwu.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A planned round: MONTHLY makes one inspection per active ward under the parent unit; CROSS makes
 * the given assignments (or, when none are given, a rotation in which each ward inspects the next).
 */
public class RoundForm {

    private RoundKind kind;
    private String title;
    private Long templateId;
    private Long parentUnitId;
    private LocalDate inspectionDate;
    private Integer deadlineDays;
    private List<Assignment> assignments = new ArrayList<>();

    /** One ward inspecting another. */
    public static class Assignment {
        private Long inspectingUnitId;
        private Long inspectedUnitId;

        public Assignment() {
        }

        public Assignment(Long inspectingUnitId, Long inspectedUnitId) {
            this.inspectingUnitId = inspectingUnitId;
            this.inspectedUnitId = inspectedUnitId;
        }

        public Long getInspectingUnitId() { return inspectingUnitId; }
        public void setInspectingUnitId(Long inspectingUnitId) { this.inspectingUnitId = inspectingUnitId; }
        public Long getInspectedUnitId() { return inspectedUnitId; }
        public void setInspectedUnitId(Long inspectedUnitId) { this.inspectedUnitId = inspectedUnitId; }
    }

    public RoundKind getKind() { return kind; }
    public void setKind(RoundKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getTemplateId() { return templateId; }
    public void setTemplateId(Long templateId) { this.templateId = templateId; }
    public Long getParentUnitId() { return parentUnitId; }
    public void setParentUnitId(Long parentUnitId) { this.parentUnitId = parentUnitId; }
    public LocalDate getInspectionDate() { return inspectionDate; }
    public void setInspectionDate(LocalDate inspectionDate) { this.inspectionDate = inspectionDate; }
    public Integer getDeadlineDays() { return deadlineDays; }
    public void setDeadlineDays(Integer deadlineDays) { this.deadlineDays = deadlineDays; }
    public List<Assignment> getAssignments() { return assignments; }
    public void setAssignments(List<Assignment> assignments) { this.assignments = assignments; }
}
