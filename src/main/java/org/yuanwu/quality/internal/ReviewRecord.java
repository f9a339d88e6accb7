package org.yuanwu.quality.internal;

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
import org.yuanwu.quality.ReviewStepKind;
import org.yuanwu.quality.ReviewStepView;

@Entity
@Table(name = "quality_review_step")
public class ReviewRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_review_seq")
    @SequenceGenerator(name = "quality_review_seq", sequenceName = "quality_review_seq", allocationSize = 50)
    private Long id;
    @Column(name = "inspection_id")
    private Long inspectionId;
    @Enumerated(EnumType.STRING)
    private ReviewStepKind step;
    @Column(name = "actor_id")
    private Long actorId;
    private String actor;
    private String comment;
    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected ReviewRecord() {
    }

    public ReviewRecord(Long inspectionId, ReviewStepKind step, Long actorId, String actor, String comment, Instant at) {
        this.inspectionId = inspectionId;
        this.step = step;
        this.actorId = actorId;
        this.actor = actor;
        this.comment = comment;
        this.occurredAt = at;
    }

    public ReviewStepView view() {
        return new ReviewStepView(step, actor, comment, occurredAt);
    }

    public ReviewStepKind getStep() { return step; }
    public Long getActorId() { return actorId; }
}
