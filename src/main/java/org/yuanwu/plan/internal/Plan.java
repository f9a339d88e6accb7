package org.yuanwu.plan.internal;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.indicator.Period;
import org.yuanwu.plan.PlanForm;
import org.yuanwu.plan.PlanKind;
import org.yuanwu.plan.PlanStatus;

@Entity
@Table(name = "plan_plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_plan_seq")
    @SequenceGenerator(name = "plan_plan_seq", sequenceName = "plan_plan_seq", allocationSize = 50)
    private Long id;

    @Column(name = "unit_id")
    private Long unitId;
    @Enumerated(EnumType.STRING)
    private PlanKind kind;
    @Column(name = "plan_year")
    private int year;
    @Column(name = "plan_quarter")
    private Integer quarter;
    @Column(name = "plan_month")
    private Integer month;
    private String title;
    private String goals;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    @Column(name = "created_by_id")
    private Long createdById;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "submitted_by_id")
    private Long submittedById;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "copied_from_id")
    private Long copiedFromId;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Plan() {
    }

    public Plan(Long unitId, Long createdById, String createdBy, Long copiedFromId, Instant now) {
        this.unitId = unitId;
        this.createdById = createdById;
        this.createdBy = createdBy;
        this.copiedFromId = copiedFromId;
        this.status = PlanStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Copies the form's values (the unit is fixed at creation); true when anything changed. */
    public boolean apply(PlanForm f, Instant now) {
        Map<String, Object> before = snapshot();
        kind = f.getKind();
        year = f.getYear();
        quarter = kind == PlanKind.QUARTERLY ? f.getQuarter() : null;
        month = kind == PlanKind.MONTHLY ? f.getMonth() : null;
        title = f.getTitle();
        goals = f.getGoals();
        boolean changed = !before.equals(snapshot());
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    public void moveTo(PlanStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
    }

    public void submittedBy(Long userId, String username) {
        this.submittedById = userId;
        this.submittedBy = username;
    }

    public void approvedBy(String username, Instant at) {
        this.approvedBy = username;
        this.approvedAt = at;
    }

    public Period period() {
        return kind.period(year, quarter, month);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("kind", kind);
        m.put("year", year);
        m.put("quarter", quarter);
        m.put("month", month);
        m.put("title", title);
        m.put("goals", goals);
        m.put("status", status);
        return m;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public PlanKind getKind() { return kind; }
    public int getYear() { return year; }
    public Integer getQuarter() { return quarter; }
    public Integer getMonth() { return month; }
    public String getTitle() { return title; }
    public String getGoals() { return goals; }
    public PlanStatus getStatus() { return status; }
    public Long getCreatedById() { return createdById; }
    public String getCreatedBy() { return createdBy; }
    public Long getSubmittedById() { return submittedById; }
    public String getSubmittedBy() { return submittedBy; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getApprovedAt() { return approvedAt; }
    public Long getCopiedFromId() { return copiedFromId; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void touch(Instant now) { this.updatedAt = now; }
}
