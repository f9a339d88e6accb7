package org.yuanwu.safety.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yuanwu.safety.EventLevel;
import org.yuanwu.safety.EventStatus;
import org.yuanwu.safety.EventType;
import org.yuanwu.safety.FishboneCategory;

@Entity
@Table(name = "safety_event")
public class AdverseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "safety_event_seq")
    @SequenceGenerator(name = "safety_event_seq", sequenceName = "safety_event_seq", allocationSize = 50)
    private Long id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "occurred_on")
    private LocalDate occurredOn;
    @Column(name = "unit_id")
    private Long unitId;
    private String place;
    @Column(name = "patient_involved")
    private boolean patientInvolved;
    @Column(name = "patient_ref")
    private String patientRef;
    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    private EventType type;
    @Enumerated(EnumType.STRING)
    private EventLevel level;
    private boolean nursing;
    private String description;
    @Column(name = "involved_staff")
    private String involvedStaff;
    @Column(name = "immediate_actions")
    private String immediateActions;
    private boolean anonymous;
    @Column(name = "reporter_user_id")
    private Long reporterUserId;
    private String reporter;
    @Enumerated(EnumType.STRING)
    private EventStatus status;
    @Column(name = "triage_note")
    private String triageNote;
    @Column(name = "triaged_by")
    private String triagedBy;
    @Column(name = "triaged_at")
    private Instant triagedAt;
    @ElementCollection
    @CollectionTable(name = "safety_event_timeline", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<TimelineRow> timeline = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "safety_event_cause", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<CauseRow> causes = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "safety_event_why", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    @Column(name = "answer")
    private List<String> whys = new ArrayList<>();
    @Column(name = "rca_summary")
    private String rcaSummary;
    @Column(name = "rca_by")
    private String rcaBy;
    @Column(name = "rca_at")
    private Instant rcaAt;
    @Column(name = "repeat_flag")
    private boolean repeat;
    @Column(name = "repeat_of_id")
    private Long repeatOfId;
    private String accountability;
    @Column(name = "accountability_by")
    private String accountabilityBy;
    @Column(name = "accountability_at")
    private Instant accountabilityAt;
    @Column(name = "closing_note")
    private String closingNote;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Embeddable
    public static class TimelineRow {
        @Column(name = "happened_at")
        private String happenedAt;
        private String entry;

        protected TimelineRow() {
        }

        public TimelineRow(String happenedAt, String entry) {
            this.happenedAt = happenedAt;
            this.entry = entry;
        }

        public String getHappenedAt() { return happenedAt; }
        public String getEntry() { return entry; }
    }

    @Embeddable
    public static class CauseRow {
        @Enumerated(EnumType.STRING)
        private FishboneCategory category;
        private String cause;

        protected CauseRow() {
        }

        public CauseRow(FishboneCategory category, String cause) {
            this.category = category;
            this.cause = cause;
        }

        public FishboneCategory getCategory() { return category; }
        public String getCause() { return cause; }
    }

    protected AdverseEvent() {
    }

    /** A new report; reporter fields stay null for an anonymous one. */
    public AdverseEvent(Instant occurredAt, LocalDate occurredOn, Long unitId, String place, boolean patientInvolved,
                        String patientRef, EventType type, EventLevel level, boolean nursing, String description,
                        String involvedStaff, String immediateActions, Long reporterUserId, String reporter,
                        Instant now) {
        this.occurredAt = occurredAt;
        this.occurredOn = occurredOn;
        this.unitId = unitId;
        this.place = place;
        this.patientInvolved = patientInvolved;
        this.patientRef = patientRef;
        this.type = type;
        this.level = level;
        this.nursing = nursing;
        this.description = description;
        this.involvedStaff = involvedStaff;
        this.immediateActions = immediateActions;
        this.anonymous = reporter == null;
        this.reporterUserId = reporterUserId;
        this.reporter = reporter;
        this.status = EventStatus.REPORTED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void triage(EventStatus status, EventType type, EventLevel level, String note, String by, Instant now) {
        this.status = status;
        this.type = type;
        this.level = level;
        this.triageNote = note;
        this.triagedBy = by;
        this.triagedAt = now;
        this.updatedAt = now;
    }

    public void flagRepeat(Long earlierId) {
        this.repeat = earlierId != null;
        this.repeatOfId = earlierId;
    }

    public void analyse(List<TimelineRow> timeline, List<CauseRow> causes, List<String> whys, String summary,
                        String by, Instant now) {
        this.timeline.clear();
        this.timeline.addAll(timeline);
        this.causes.clear();
        this.causes.addAll(causes);
        this.whys.clear();
        this.whys.addAll(whys);
        this.rcaSummary = summary;
        this.rcaBy = by;
        this.rcaAt = now;
        this.updatedAt = now;
    }

    public void accountable(String text, String by, Instant now) {
        this.accountability = text;
        this.accountabilityBy = by;
        this.accountabilityAt = now;
        this.updatedAt = now;
    }

    public void close(String note, LocalDate on, Instant now) {
        this.status = EventStatus.CLOSED;
        this.closingNote = note;
        this.closedOn = on;
        this.updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("occurredAt", occurredAt);
        m.put("unitId", unitId);
        m.put("place", place);
        m.put("patientInvolved", patientInvolved);
        m.put("type", type);
        m.put("level", level);
        m.put("nursing", nursing);
        m.put("description", description);
        m.put("involvedStaff", involvedStaff);
        m.put("immediateActions", immediateActions);
        m.put("anonymous", anonymous);
        m.put("status", status);
        m.put("triageNote", triageNote);
        m.put("rcaSummary", rcaSummary);
        m.put("rcaCauses", causes.size());
        m.put("rcaWhys", whys.size());
        m.put("repeat", repeat);
        m.put("repeatOfId", repeatOfId);
        m.put("accountability", accountability);
        m.put("closingNote", closingNote);
        m.put("closedOn", closedOn);
        return m;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public Long getUnitId() { return unitId; }
    public String getPlace() { return place; }
    public boolean isPatientInvolved() { return patientInvolved; }
    public String getPatientRef() { return patientRef; }
    public EventType getType() { return type; }
    public EventLevel getLevel() { return level; }
    public boolean isNursing() { return nursing; }
    public String getDescription() { return description; }
    public String getInvolvedStaff() { return involvedStaff; }
    public String getImmediateActions() { return immediateActions; }
    public boolean isAnonymous() { return anonymous; }
    public Long getReporterUserId() { return reporterUserId; }
    public String getReporter() { return reporter; }
    public EventStatus getStatus() { return status; }
    public String getTriageNote() { return triageNote; }
    public String getTriagedBy() { return triagedBy; }
    public Instant getTriagedAt() { return triagedAt; }
    public List<TimelineRow> getTimeline() { return timeline; }
    public List<CauseRow> getCauses() { return causes; }
    public List<String> getWhys() { return whys; }
    public String getRcaSummary() { return rcaSummary; }
    public String getRcaBy() { return rcaBy; }
    public Instant getRcaAt() { return rcaAt; }
    public boolean isRepeat() { return repeat; }
    public Long getRepeatOfId() { return repeatOfId; }
    public String getAccountability() { return accountability; }
    public String getAccountabilityBy() { return accountabilityBy; }
    public String getClosingNote() { return closingNote; }
    public LocalDate getClosedOn() { return closedOn; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
}
