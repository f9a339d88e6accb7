package org.yuanwu.safety;

import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The report form: when (hospital local time), where, who was involved, what happened and what was done at once.
 * With {@code anonymous} the reporter is not stored at all.
 */
public class EventForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime occurredAt;
    private Long unitId;
    private String place;
    private boolean patientInvolved;
    private String patientRef;
    private EventType type;
    private EventLevel level;
    private boolean nursing;
    private String description;
    private String involvedStaff;
    private String immediateActions;
    private boolean anonymous;

    public LocalDateTime getOccurredAt() { return occurredAt; }
    public void setOccurredAt(LocalDateTime occurredAt) { this.occurredAt = occurredAt; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public boolean isPatientInvolved() { return patientInvolved; }
    public void setPatientInvolved(boolean patientInvolved) { this.patientInvolved = patientInvolved; }
    public String getPatientRef() { return patientRef; }
    public void setPatientRef(String patientRef) { this.patientRef = patientRef; }
    public EventType getType() { return type; }
    public void setType(EventType type) { this.type = type; }
    public EventLevel getLevel() { return level; }
    public void setLevel(EventLevel level) { this.level = level; }
    public boolean isNursing() { return nursing; }
    public void setNursing(boolean nursing) { this.nursing = nursing; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getInvolvedStaff() { return involvedStaff; }
    public void setInvolvedStaff(String involvedStaff) { this.involvedStaff = involvedStaff; }
    public String getImmediateActions() { return immediateActions; }
    public void setImmediateActions(String immediateActions) { this.immediateActions = immediateActions; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
}
