package org.yuanwu.training;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An intake (实习批次) as entered: the school's group, its dates and the tutoring limits. */
public class InternIntakeForm {

    private String name;
    private String school;
    private String specialty;
    /** The organising unit (usually the nursing department); decides who may manage the intake. */
    private Long unitId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endOn;
    private Integer maxInternsPerTutor = 2;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate voteClosesOn;
    private String note;
    private Long version;

    public static InternIntakeForm of(InternIntakeView v) {
        InternIntakeForm f = new InternIntakeForm();
        f.name = v.name();
        f.school = v.school();
        f.specialty = v.specialty();
        f.unitId = v.unitId();
        f.startOn = v.startOn();
        f.endOn = v.endOn();
        f.maxInternsPerTutor = v.maxInternsPerTutor();
        f.voteClosesOn = v.voteClosesOn();
        f.note = v.note();
        f.version = v.version();
        return f;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSchool() { return school; }
    public void setSchool(String school) { this.school = school; }
    public String getSpecialty() { return specialty; }
    public void setSpecialty(String specialty) { this.specialty = specialty; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public LocalDate getStartOn() { return startOn; }
    public void setStartOn(LocalDate startOn) { this.startOn = startOn; }
    public LocalDate getEndOn() { return endOn; }
    public void setEndOn(LocalDate endOn) { this.endOn = endOn; }
    public Integer getMaxInternsPerTutor() { return maxInternsPerTutor; }
    public void setMaxInternsPerTutor(Integer maxInternsPerTutor) { this.maxInternsPerTutor = maxInternsPerTutor; }
    public LocalDate getVoteClosesOn() { return voteClosesOn; }
    public void setVoteClosesOn(LocalDate voteClosesOn) { this.voteClosesOn = voteClosesOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
