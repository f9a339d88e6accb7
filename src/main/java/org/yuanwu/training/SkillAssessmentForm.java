package org.yuanwu.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** An examiner's assessment of one staff member at one skill, on the skill's current sheet. */
public class SkillAssessmentForm {

    private Long staffId;
    private Long skillId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate assessedOn;
    private String note;
    private List<SkillDeduction> deductions = new ArrayList<>();

    public Long getStaffId() { return staffId; }
    public void setStaffId(Long staffId) { this.staffId = staffId; }
    public Long getSkillId() { return skillId; }
    public void setSkillId(Long skillId) { this.skillId = skillId; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public void setAssessedOn(LocalDate assessedOn) { this.assessedOn = assessedOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note == null || note.isBlank() ? null : note.strip(); }
    public List<SkillDeduction> getDeductions() { return deductions; }
    public void setDeductions(List<SkillDeduction> deductions) { this.deductions = deductions == null ? new ArrayList<>() : deductions; }
}
