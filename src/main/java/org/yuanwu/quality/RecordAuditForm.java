package org.yuanwu.quality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One sampled record audited in a round: its number, the patient, whether discharged (weighted heavier) or still
 * in hospital, the level auditing it, and the defects found, each against a checklist item with its occurrences.
 */
public class RecordAuditForm {

    @NotBlank
    @Size(max = 40)
    private String recordNo;
    @NotBlank
    @Size(max = 64)
    private String patientName;
    private boolean discharged;
    @NotNull
    private RecordAuditLevel level = RecordAuditLevel.QC_NURSE;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate auditedOn;
    @Valid
    private List<Defect> defects = new ArrayList<>();

    /** A defect found: the checklist item, how often, an optional note. Zero occurrences are ignored. */
    public static class Defect {
        private Long itemId;
        private Integer occurrences;
        @Size(max = 500)
        private String note;

        public Defect() {
        }

        public Defect(Long itemId, Integer occurrences, String note) {
            this.itemId = itemId;
            this.occurrences = occurrences;
            this.note = note;
        }

        public Long getItemId() { return itemId; }
        public void setItemId(Long itemId) { this.itemId = itemId; }
        public Integer getOccurrences() { return occurrences; }
        public void setOccurrences(Integer occurrences) { this.occurrences = occurrences; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note == null || note.isBlank() ? null : note.strip(); }
    }

    public String getRecordNo() { return recordNo; }
    public void setRecordNo(String recordNo) { this.recordNo = recordNo == null ? null : recordNo.strip(); }
    public String getPatientName() { return patientName; }
    public void setPatientName(String patientName) { this.patientName = patientName == null ? null : patientName.strip(); }
    public boolean isDischarged() { return discharged; }
    public void setDischarged(boolean discharged) { this.discharged = discharged; }
    public RecordAuditLevel getLevel() { return level; }
    public void setLevel(RecordAuditLevel level) { this.level = level; }
    public LocalDate getAuditedOn() { return auditedOn; }
    public void setAuditedOn(LocalDate auditedOn) { this.auditedOn = auditedOn; }
    public List<Defect> getDefects() { return defects; }
    public void setDefects(List<Defect> defects) { this.defects = defects == null ? new ArrayList<>() : defects; }
}
