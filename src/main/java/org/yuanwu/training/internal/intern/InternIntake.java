package org.yuanwu.training.internal.intern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

@Entity
@Table(name = "training_intern_intake")
public class InternIntake {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String school;
    private String specialty;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "start_on")
    private LocalDate startOn;
    @Column(name = "end_on")
    private LocalDate endOn;
    @Column(name = "max_interns_per_tutor")
    private int maxInternsPerTutor;
    @Column(name = "vote_closes_on")
    private LocalDate voteClosesOn;
    private String note;
    @Column(name = "removed_reason")
    private String removedReason;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected InternIntake() {
    }

    public InternIntake(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void apply(String name, String school, String specialty, Long unitId, LocalDate startOn, LocalDate endOn,
                      int maxInternsPerTutor, LocalDate voteClosesOn, String note, Instant now) {
        this.name = name;
        this.school = school;
        this.specialty = specialty;
        this.unitId = unitId;
        this.startOn = startOn;
        this.endOn = endOn;
        this.maxInternsPerTutor = maxInternsPerTutor;
        this.voteClosesOn = voteClosesOn;
        this.note = note;
        this.updatedAt = now;
    }

    public void remove(String reason, Instant now) {
        this.removedReason = reason;
        this.updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("school", school);
        m.put("specialty", specialty);
        m.put("unitId", unitId);
        m.put("startOn", startOn);
        m.put("endOn", endOn);
        m.put("maxInternsPerTutor", maxInternsPerTutor);
        m.put("voteClosesOn", voteClosesOn);
        m.put("note", note);
        m.put("removedReason", removedReason);
        return m;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getSchool() { return school; }
    public String getSpecialty() { return specialty; }
    public Long getUnitId() { return unitId; }
    public LocalDate getStartOn() { return startOn; }
    public LocalDate getEndOn() { return endOn; }
    public int getMaxInternsPerTutor() { return maxInternsPerTutor; }
    public LocalDate getVoteClosesOn() { return voteClosesOn; }
    public String getNote() { return note; }
    public String getRemovedReason() { return removedReason; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
    public boolean isRemoved() { return removedReason != null; }
}
