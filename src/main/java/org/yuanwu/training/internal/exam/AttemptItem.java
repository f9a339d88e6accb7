package org.yuanwu.training.internal.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.springframework.data.domain.Persistable;

/** One question of an attempt's paper: the version used, its points, the answer given and its score. */
@Entity
@Table(name = "training_attempt_item")
@IdClass(AttemptItem.Key.class)
public class AttemptItem implements Persistable<AttemptItem.Key> {

    public static class Key implements Serializable {
        private Long attemptId;
        private int position;

        public Key() {
        }

        public Key(Long attemptId, int position) {
            this.attemptId = attemptId;
            this.position = position;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(attemptId, k.attemptId) && position == k.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(attemptId, position);
        }
    }

    @Id
    @Column(name = "attempt_id")
    private Long attemptId;
    @Id
    private int position;
    @Column(name = "question_id")
    private Long questionId;
    private int points;
    private String response;
    @Column(name = "answered_at")
    private Instant answeredAt;
    private BigDecimal score;
    @Column(name = "graded_by")
    private String gradedBy;
    @Column(name = "graded_at")
    private Instant gradedAt;
    @Transient
    private boolean fresh;

    protected AttemptItem() {
    }

    public AttemptItem(Long attemptId, int position, Long questionId, int points) {
        this.attemptId = attemptId;
        this.position = position;
        this.questionId = questionId;
        this.points = points;
        this.fresh = true;
    }

    @PostLoad
    @PostPersist
    void stored() {
        this.fresh = false;
    }

    @Override
    public Key getId() {
        return new Key(attemptId, position);
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    public void answer(String response, Instant at) {
        this.response = response;
        this.answeredAt = at;
    }

    public void score(BigDecimal score, String by, Instant at) {
        this.score = score;
        this.gradedBy = by;
        this.gradedAt = at;
    }

    public Long getAttemptId() { return attemptId; }
    public int getPosition() { return position; }
    public Long getQuestionId() { return questionId; }
    public int getPoints() { return points; }
    public String getResponse() { return response; }
    public Instant getAnsweredAt() { return answeredAt; }
    public BigDecimal getScore() { return score; }
    public String getGradedBy() { return gradedBy; }
    public Instant getGradedAt() { return gradedAt; }
}
