package org.yuanwu.safety.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A corrective action of an event, carried out as a quality finding; closed when the finding is accepted. */
@Entity
@Table(name = "safety_event_action")
public class EventAction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "safety_event_action_seq")
    @SequenceGenerator(name = "safety_event_action_seq", sequenceName = "safety_event_action_seq", allocationSize = 50)
    private Long id;
    @Column(name = "event_id")
    private Long eventId;
    @Column(name = "finding_id")
    private Long findingId;
    @Column(name = "unit_id")
    private Long unitId;
    private String description;
    private LocalDate deadline;
    private boolean closed;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected EventAction() {
    }

    public EventAction(Long eventId, Long findingId, Long unitId, String description, LocalDate deadline,
                       String createdBy, Instant now) {
        this.eventId = eventId;
        this.findingId = findingId;
        this.unitId = unitId;
        this.description = description;
        this.deadline = deadline;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void markClosed() {
        this.closed = true;
    }

    public Long getId() { return id; }
    public Long getEventId() { return eventId; }
    public Long getFindingId() { return findingId; }
    public Long getUnitId() { return unitId; }
    public String getDescription() { return description; }
    public LocalDate getDeadline() { return deadline; }
    public boolean isClosed() { return closed; }
}
