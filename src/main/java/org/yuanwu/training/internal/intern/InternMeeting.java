package org.yuanwu.training.internal.intern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The 评教评学 meeting of an intake: when, where, who chaired, who came, what was said. */
@Entity
@Table(name = "training_intern_meeting")
public class InternMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "intake_id")
    private Long intakeId;
    @Column(name = "held_on")
    private LocalDate heldOn;
    private String place;
    private String chair;
    private String attendance;
    private String summary;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected InternMeeting() {
    }

    public InternMeeting(Long intakeId, LocalDate heldOn, String place, String chair, String attendance, String summary,
                         String recordedBy, Instant now) {
        this.intakeId = intakeId;
        this.heldOn = heldOn;
        this.place = place;
        this.chair = chair;
        this.attendance = attendance;
        this.summary = summary;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("intakeId", intakeId);
        m.put("heldOn", heldOn);
        m.put("place", place);
        m.put("chair", chair);
        m.put("summary", summary);
        return m;
    }

    public Long getId() { return id; }
    public Long getIntakeId() { return intakeId; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getPlace() { return place; }
    public String getChair() { return chair; }
    public String getAttendance() { return attendance; }
    public String getSummary() { return summary; }
    public String getRecordedBy() { return recordedBy; }
}
