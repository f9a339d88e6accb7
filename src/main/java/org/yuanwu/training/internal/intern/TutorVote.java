package org.yuanwu.training.internal.intern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An intern's one vote for the best tutor of her intake (unique per intake and intern). */
@Entity
@Table(name = "training_intern_vote")
public class TutorVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "intake_id")
    private Long intakeId;
    @Column(name = "intern_id")
    private Long internId;
    @Column(name = "tutor_staff_id")
    private Long tutorStaffId;
    @Column(name = "voted_at")
    private Instant votedAt;

    protected TutorVote() {
    }

    public TutorVote(Long intakeId, Long internId, Long tutorStaffId, Instant now) {
        this.intakeId = intakeId;
        this.internId = internId;
        this.tutorStaffId = tutorStaffId;
        this.votedAt = now;
    }

    public Long getId() { return id; }
    public Long getIntakeId() { return intakeId; }
    public Long getInternId() { return internId; }
    public Long getTutorStaffId() { return tutorStaffId; }
}
