package org.yuanwu.safety.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.safety.ComplainantSatisfaction;
import org.yuanwu.safety.ComplaintCategory;
import org.yuanwu.safety.ComplaintChannel;
import org.yuanwu.safety.ComplaintForm;
import org.yuanwu.safety.ComplaintKind;
import org.yuanwu.safety.ComplaintStatus;

@Entity
@Table(name = "safety_complaint")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "safety_complaint_seq")
    @SequenceGenerator(name = "safety_complaint_seq", sequenceName = "safety_complaint_seq", allocationSize = 50)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ComplaintKind kind;
    @Enumerated(EnumType.STRING)
    private ComplaintChannel channel;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    @Column(name = "unit_id")
    private Long unitId;
    private String complainant;
    private String contact;
    private String content;
    @Enumerated(EnumType.STRING)
    private ComplaintCategory category;
    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;
    @Column(name = "responsible_unit_id")
    private Long responsibleUnitId;
    @Column(name = "responsible_person")
    private String responsiblePerson;
    @Column(name = "due_on")
    private LocalDate dueOn;
    private String answer;
    @Column(name = "answered_on")
    private LocalDate answeredOn;
    @Column(name = "answered_by")
    private String answeredBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "complainant_satisfaction")
    private ComplainantSatisfaction complainantSatisfaction;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Column(name = "withdraw_reason")
    private String withdrawReason;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Complaint() {
    }

    public Complaint(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.status = ComplaintStatus.REGISTERED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Copies the registered facts; the due date is given by the caller (default applied there). */
    public boolean apply(ComplaintForm f, LocalDate due, Instant now) {
        Map<String, Object> before = snapshot();
        kind = f.getKind();
        channel = f.getChannel();
        receivedOn = f.getReceivedOn();
        unitId = f.getUnitId();
        complainant = f.getComplainant();
        contact = f.getContact();
        content = f.getContent();
        category = f.getCategory();
        dueOn = due;
        return touched(before, now);
    }

    public void assign(Long unitId, String person, LocalDate due, Instant now) {
        responsibleUnitId = unitId;
        responsiblePerson = person;
        if (due != null) {
            dueOn = due;
        }
        if (status == ComplaintStatus.REGISTERED) {
            status = ComplaintStatus.ASSIGNED;
        }
        updatedAt = now;
    }

    public void answer(String text, LocalDate on, String by, Instant now) {
        answer = text;
        answeredOn = on;
        answeredBy = by;
        status = ComplaintStatus.ANSWERED;
        updatedAt = now;
    }

    public void close(ComplainantSatisfaction satisfaction, LocalDate on, Instant now) {
        complainantSatisfaction = satisfaction;
        closedOn = on;
        status = ComplaintStatus.CLOSED;
        updatedAt = now;
    }

    public void withdraw(String reason, Instant now) {
        withdrawReason = reason;
        status = ComplaintStatus.WITHDRAWN;
        updatedAt = now;
    }

    private boolean touched(Map<String, Object> before, Instant now) {
        boolean changed = !before.equals(snapshot());
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("channel", channel);
        m.put("receivedOn", receivedOn);
        m.put("unitId", unitId);
        m.put("complainant", complainant);
        m.put("contact", contact);
        m.put("content", content);
        m.put("category", category);
        m.put("status", status);
        m.put("responsibleUnitId", responsibleUnitId);
        m.put("responsiblePerson", responsiblePerson);
        m.put("dueOn", dueOn);
        m.put("answer", answer);
        m.put("answeredOn", answeredOn);
        m.put("complainantSatisfaction", complainantSatisfaction);
        m.put("closedOn", closedOn);
        m.put("withdrawReason", withdrawReason);
        return m;
    }

    public Long getId() { return id; }
    public ComplaintKind getKind() { return kind; }
    public ComplaintChannel getChannel() { return channel; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public Long getUnitId() { return unitId; }
    public String getComplainant() { return complainant; }
    public String getContact() { return contact; }
    public String getContent() { return content; }
    public ComplaintCategory getCategory() { return category; }
    public ComplaintStatus getStatus() { return status; }
    public Long getResponsibleUnitId() { return responsibleUnitId; }
    public String getResponsiblePerson() { return responsiblePerson; }
    public LocalDate getDueOn() { return dueOn; }
    public String getAnswer() { return answer; }
    public LocalDate getAnsweredOn() { return answeredOn; }
    public String getAnsweredBy() { return answeredBy; }
    public ComplainantSatisfaction getComplainantSatisfaction() { return complainantSatisfaction; }
    public LocalDate getClosedOn() { return closedOn; }
    public String getWithdrawReason() { return withdrawReason; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
