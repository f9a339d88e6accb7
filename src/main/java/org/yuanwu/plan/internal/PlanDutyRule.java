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
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.plan.DutyFrequency;

@Entity
@Table(name = "plan_duty_rule")
public class PlanDutyRule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_duty_rule_seq")
    @SequenceGenerator(name = "plan_duty_rule_seq", sequenceName = "plan_duty_rule_seq", allocationSize = 50)
    private Long id;

    @Column(name = "plan_id")
    private Long planId;
    @Column(name = "item_id")
    private Long itemId;
    private String title;
    @Enumerated(EnumType.STRING)
    private DutyFrequency frequency;
    @Column(name = "day_of_month")
    private Integer dayOfMonth;
    @Column(name = "month_day")
    private String monthDay;
    @Enumerated(EnumType.STRING)
    private DayOfWeek weekday;
    @Column(name = "responsible_unit_id")
    private Long responsibleUnitId;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "withdrawn_by")
    private String withdrawnBy;
    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    protected PlanDutyRule() {
    }

    public PlanDutyRule(Long planId, Long itemId, String createdBy, Instant now) {
        this.planId = planId;
        this.itemId = itemId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void apply(String title, DutyFrequency frequency, Integer dayOfMonth, String monthDay, DayOfWeek weekday,
                      Long responsibleUnitId, Instant now) {
        this.title = title;
        this.frequency = frequency;
        this.dayOfMonth = dayOfMonth;
        this.monthDay = monthDay;
        this.weekday = weekday;
        this.responsibleUnitId = responsibleUnitId;
        this.updatedAt = now;
    }

    public void withdraw(String by, String reason, Instant now) {
        this.withdrawnAt = now;
        this.withdrawnBy = by;
        this.withdrawnReason = reason;
        this.updatedAt = now;
    }

    public void reinstate(Instant now) {
        this.withdrawnAt = null;
        this.withdrawnBy = null;
        this.withdrawnReason = null;
        this.updatedAt = now;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("planId", planId);
        m.put("itemId", itemId);
        m.put("title", title);
        m.put("frequency", frequency == null ? null : frequency.name());
        m.put("dayOfMonth", dayOfMonth);
        m.put("monthDay", monthDay);
        m.put("weekday", weekday == null ? null : weekday.name());
        m.put("responsibleUnitId", responsibleUnitId);
        m.put("withdrawnBy", withdrawnBy);
        m.put("withdrawnReason", withdrawnReason);
        return m;
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public Long getItemId() { return itemId; }
    public String getTitle() { return title; }
    public DutyFrequency getFrequency() { return frequency; }
    public Integer getDayOfMonth() { return dayOfMonth; }
    public String getMonthDay() { return monthDay; }
    public DayOfWeek getWeekday() { return weekday; }
    public Long getResponsibleUnitId() { return responsibleUnitId; }
    public long getVersion() { return version; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public String getWithdrawnBy() { return withdrawnBy; }
    public String getWithdrawnReason() { return withdrawnReason; }
}
