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
import java.time.Instant;
import org.yuanwu.plan.PlanAction;
import org.yuanwu.plan.PlanHistoryEntry;
import org.yuanwu.plan.PlanStatus;

/** Append-only: one status change or comment of a plan. */
@Entity
@Table(name = "plan_history")
public class PlanHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_history_seq")
    @SequenceGenerator(name = "plan_history_seq", sequenceName = "plan_history_seq", allocationSize = 50)
    private Long id;

    @Column(name = "plan_id")
    private Long planId;
    @Enumerated(EnumType.STRING)
    private PlanAction action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private PlanStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private PlanStatus toStatus;
    private String comment;
    private String actor;
    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected PlanHistory() {
    }

    public PlanHistory(Long planId, PlanAction action, PlanStatus fromStatus, PlanStatus toStatus, String comment,
                       String actor, Instant occurredAt) {
        this.planId = planId;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.comment = comment;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public PlanHistoryEntry view() {
        return new PlanHistoryEntry(id, action, fromStatus, toStatus, comment, actor, occurredAt);
    }
}
