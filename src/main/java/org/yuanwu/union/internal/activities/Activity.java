package org.yuanwu.union.internal.activities;

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
import org.yuanwu.union.ActivityForm;
import org.yuanwu.union.ActivityKind;
import org.yuanwu.union.ActivityStatus;

@Entity
@Table(name = "union_activity")
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "union_activity_seq")
    @SequenceGenerator(name = "union_activity_seq", sequenceName = "union_activity_seq", allocationSize = 50)
    private Long id;
    private String title;
    @Enumerated(EnumType.STRING)
    private ActivityKind kind;
    @Column(name = "held_on")
    private LocalDate heldOn;
    private String place;
    @Column(name = "organiser_unit_id")
    private Long organiserUnitId;
    @Column(name = "club_id")
    private Long clubId;
    private Integer capacity;
    @Column(name = "signup_deadline")
    private LocalDate signupDeadline;
    @Column(name = "budget_fen")
    private long budgetFen;
    @Column(name = "spent_fen")
    private Long spentFen;
    private String description;
    @Enumerated(EnumType.STRING)
    private ActivityStatus status;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Activity() {
    }

    public Activity(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.status = ActivityStatus.PLANNED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public boolean apply(ActivityForm f, long budgetFen, Long spentFen, Instant now) {
        Map<String, Object> before = snapshot();
        title = f.getTitle().strip();
        kind = f.getKind();
        heldOn = f.getHeldOn();
        place = blankToNull(f.getPlace());
        organiserUnitId = f.getOrganiserUnitId();
        clubId = f.getClubId();
        capacity = f.getCapacity();
        signupDeadline = f.getSignupDeadline();
        this.budgetFen = budgetFen;
        this.spentFen = spentFen;
        description = blankToNull(f.getDescription());
        boolean changed = !before.equals(snapshot());
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    public void held(Instant now) {
        status = ActivityStatus.HELD;
        updatedAt = now;
    }

    public void cancel(String reason, Instant now) {
        status = ActivityStatus.CANCELLED;
        cancelReason = reason;
        updatedAt = now;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("kind", kind);
        m.put("heldOn", heldOn);
        m.put("place", place);
        m.put("organiserUnitId", organiserUnitId);
        m.put("clubId", clubId);
        m.put("capacity", capacity);
        m.put("signupDeadline", signupDeadline);
        m.put("budgetFen", budgetFen);
        m.put("spentFen", spentFen);
        m.put("description", description);
        m.put("status", status);
        m.put("cancelReason", cancelReason);
        return m;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public ActivityKind getKind() { return kind; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getPlace() { return place; }
    public Long getOrganiserUnitId() { return organiserUnitId; }
    public Long getClubId() { return clubId; }
    public Integer getCapacity() { return capacity; }
    public LocalDate getSignupDeadline() { return signupDeadline; }
    public long getBudgetFen() { return budgetFen; }
    public Long getSpentFen() { return spentFen; }
    public String getDescription() { return description; }
    public ActivityStatus getStatus() { return status; }
    public String getCancelReason() { return cancelReason; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
}
