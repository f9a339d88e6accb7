package org.yuanwu.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** One occurrence of a recurring duty. */
@Entity
@Table(name = "plan_duty")
public class PlanDuty {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_duty_seq")
    @SequenceGenerator(name = "plan_duty_seq", sequenceName = "plan_duty_seq", allocationSize = 50)
    private Long id;

    @Column(name = "rule_id")
    private Long ruleId;
    @Column(name = "plan_id")
    private Long planId;
    @Column(name = "item_id")
    private Long itemId;
    @Column(name = "responsible_unit_id")
    private Long responsibleUnitId;
    @Column(name = "due_date")
    private LocalDate dueDate;
    private String label;
    private boolean done;
    @Column(name = "done_by")
    private String doneBy;
    @Column(name = "done_at")
    private Instant doneAt;
    private String evidence;
    @Version
    private long version;

    protected PlanDuty() {
    }

    public PlanDuty(PlanDutyRule rule, LocalDate dueDate, String label) {
        this.ruleId = rule.getId();
        this.planId = rule.getPlanId();
        this.itemId = rule.getItemId();
        this.responsibleUnitId = rule.getResponsibleUnitId();
        this.dueDate = dueDate;
        this.label = label;
    }

    public void markDone(boolean done, String by, Instant at, String evidence) {
        this.done = done;
        this.doneBy = done ? by : null;
        this.doneAt = done ? at : null;
        this.evidence = done ? evidence : null;
    }

    public void reassign(Long responsibleUnitId, String label) {
        this.responsibleUnitId = responsibleUnitId;
        this.label = label;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", ruleId);
        m.put("dueDate", dueDate == null ? null : dueDate.toString());
        m.put("responsibleUnitId", responsibleUnitId);
        m.put("done", done);
        m.put("doneBy", doneBy);
        m.put("evidence", evidence);
        return m;
    }

    public Long getId() { return id; }
    public Long getRuleId() { return ruleId; }
    public Long getPlanId() { return planId; }
    public Long getItemId() { return itemId; }
    public Long getResponsibleUnitId() { return responsibleUnitId; }
    public LocalDate getDueDate() { return dueDate; }
    public String getLabel() { return label; }
    public boolean isDone() { return done; }
    public String getDoneBy() { return doneBy; }
    public Instant getDoneAt() { return doneAt; }
    public String getEvidence() { return evidence; }
    public long getVersion() { return version; }
}
