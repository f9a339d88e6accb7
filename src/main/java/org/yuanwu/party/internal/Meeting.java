package org.yuanwu.party.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.yuanwu.party.MeetingKind;

@Entity
@Table(name = "party_meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "branch_id")
    private Long branchId;
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    @Column(name = "held_on")
    private LocalDate heldOn;
    private String topic;
    private String minutes;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "created_by")
    private String createdBy;
    /** By member id. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "party_meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @MapKeyColumn(name = "member_id")
    private Map<Long, Attendance> attendance = new TreeMap<>();
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Meeting() {
    }

    public Meeting(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void apply(Long branchId, MeetingKind kind, LocalDate heldOn, String topic, String minutes,
                      Map<Long, Attendance> attendance, Instant now) {
        this.branchId = branchId;
        this.kind = kind;
        this.heldOn = heldOn;
        this.topic = topic;
        this.minutes = minutes;
        this.attendance.clear();
        this.attendance.putAll(attendance);
        this.updatedAt = now;
    }

    public void cancel(String reason, Instant now) {
        this.cancelReason = reason;
        this.updatedAt = now;
    }

    public boolean isCancelled() {
        return cancelReason != null;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("branchId", branchId);
        m.put("kind", kind);
        m.put("heldOn", heldOn);
        m.put("topic", topic);
        m.put("minutes", minutes);
        Map<String, Object> att = new LinkedHashMap<>();
        attendance.forEach((k, v) -> att.put(String.valueOf(k), v.isPresent() ? "present" : "absent: " + v.getAbsenceReason()));
        m.put("attendance", att);
        m.put("cancelReason", cancelReason);
        return m;
    }

    public Long getId() { return id; }
    public Long getBranchId() { return branchId; }
    public MeetingKind getKind() { return kind; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getTopic() { return topic; }
    public String getMinutes() { return minutes; }
    public String getCancelReason() { return cancelReason; }
    public String getCreatedBy() { return createdBy; }
    public Map<Long, Attendance> getAttendance() { return attendance; }
    public long getVersion() { return version; }
}
