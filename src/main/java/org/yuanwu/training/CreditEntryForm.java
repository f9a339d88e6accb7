package org.yuanwu.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A further-study period or an external credit (conference, training elsewhere) with its evidence. */
public class CreditEntryForm {

    private CreditEntryKind kind;
    private String title;
    private String institution;
    private String specialty;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private BigDecimal creditHours;
    private String evidence;
    private String note;

    public CreditEntryKind getKind() { return kind; }
    public void setKind(CreditEntryKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getInstitution() { return institution; }
    public void setInstitution(String institution) { this.institution = institution; }
    public String getSpecialty() { return specialty; }
    public void setSpecialty(String specialty) { this.specialty = specialty; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public BigDecimal getCreditHours() { return creditHours; }
    public void setCreditHours(BigDecimal creditHours) { this.creditHours = creditHours; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
