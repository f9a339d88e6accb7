package org.yuanwu.training.internal.exam;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.yuanwu.training.AttemptStatus;
import org.yuanwu.training.AttemptSubmitReason;

/** One sitting of one candidate (online), or the score of a paper exam entered by the examiner. */
@Entity
@Table(name = "training_attempt")
public class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_attempt_seq")
    @SequenceGenerator(name = "training_attempt_seq", sequenceName = "training_attempt_seq", allocationSize = 50)
    private Long id;
    @Column(name = "exam_id")
    private Long examId;
    @Column(name = "staff_id")
    private Long staffId;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "attempt_no")
    private int attemptNo;
    @Enumerated(EnumType.STRING)
    private AttemptStatus status;
    private long seed;
    @Column(name = "started_at")
    private Instant startedAt;
    private Instant deadline;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "submit_reason")
    private AttemptSubmitReason submitReason;
    @Column(name = "exam_date")
    private LocalDate examDate;
    private BigDecimal score;
    @Column(name = "max_score")
    private BigDecimal maxScore;
    private Boolean passed;
    @Column(name = "entered_by")
    private String enteredBy;
    @Version
    private long version;

    protected Attempt() {
    }

    public Attempt(Long examId, Long staffId, Long unitId, int attemptNo, long seed, Instant startedAt, Instant deadline) {
        this.examId = examId;
        this.staffId = staffId;
        this.unitId = unitId;
        this.attemptNo = attemptNo;
        this.seed = seed;
        this.startedAt = startedAt;
        this.deadline = deadline;
        this.status = AttemptStatus.IN_PROGRESS;
        this.maxScore = BigDecimal.ZERO;
    }

    public void maxScore(BigDecimal max) {
        this.maxScore = max;
    }

    public void submit(AttemptSubmitReason reason, Instant at, LocalDate date) {
        this.status = AttemptStatus.SUBMITTED;
        this.submitReason = reason;
        this.submittedAt = at;
        this.examDate = date;
    }

    public void graded(BigDecimal score, boolean passed) {
        this.status = AttemptStatus.GRADED;
        this.score = score;
        this.passed = passed;
    }

    /** A paper exam's score as entered by the examiner. */
    public void entered(BigDecimal score, BigDecimal max, boolean passed, LocalDate date, String by, Instant at) {
        this.maxScore = max;
        this.submittedAt = at;
        this.examDate = date;
        this.enteredBy = by;
        graded(score, passed);
    }

    public Long getId() { return id; }
    public Long getExamId() { return examId; }
    public Long getStaffId() { return staffId; }
    public Long getUnitId() { return unitId; }
    public int getAttemptNo() { return attemptNo; }
    public AttemptStatus getStatus() { return status; }
    public long getSeed() { return seed; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getDeadline() { return deadline; }
    public Instant getSubmittedAt() { return submittedAt; }
    public AttemptSubmitReason getSubmitReason() { return submitReason; }
    public LocalDate getExamDate() { return examDate; }
    public BigDecimal getScore() { return score; }
    public BigDecimal getMaxScore() { return maxScore; }
    public Boolean getPassed() { return passed; }
    public String getEnteredBy() { return enteredBy; }
    public long getVersion() { return version; }

    public AttemptRules.Outcome outcome() {
        return new AttemptRules.Outcome(attemptNo, score, Boolean.TRUE.equals(passed));
    }
}
