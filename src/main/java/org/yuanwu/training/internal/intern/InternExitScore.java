package org.yuanwu.training.internal.intern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.training.InternExitKind;

/** One attempt at an exit exam; never edited: a retake is the next attempt. */
@Entity
@Table(name = "training_intern_exit_score")
public class InternExitScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "intake_id")
    private Long intakeId;
    @Column(name = "intern_id")
    private Long internId;
    @Column(name = "rotation_id")
    private Long rotationId;
    @Enumerated(EnumType.STRING)
    private InternExitKind kind;
    private BigDecimal score;
    @Column(name = "pass_mark")
    private BigDecimal passMark;
    private boolean passed;
    private int attempt;
    @Column(name = "examined_on")
    private LocalDate examinedOn;
    private String examiner;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected InternExitScore() {
    }

    public InternExitScore(Long intakeId, Long internId, Long rotationId, InternExitKind kind, BigDecimal score,
                           BigDecimal passMark, int attempt, LocalDate examinedOn, String examiner, String recordedBy,
                           Instant now) {
        this.intakeId = intakeId;
        this.internId = internId;
        this.rotationId = rotationId;
        this.kind = kind;
        this.score = score;
        this.passMark = passMark;
        this.passed = score.compareTo(passMark) >= 0;
        this.attempt = attempt;
        this.examinedOn = examinedOn;
        this.examiner = examiner;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("internId", internId);
        m.put("rotationId", rotationId);
        m.put("kind", kind);
        m.put("score", score);
        m.put("passMark", passMark);
        m.put("passed", passed);
        m.put("attempt", attempt);
        m.put("examinedOn", examinedOn);
        return m;
    }

    public Long getId() { return id; }
    public Long getIntakeId() { return intakeId; }
    public Long getInternId() { return internId; }
    public Long getRotationId() { return rotationId; }
    public InternExitKind getKind() { return kind; }
    public BigDecimal getScore() { return score; }
    public BigDecimal getPassMark() { return passMark; }
    public boolean isPassed() { return passed; }
    public int getAttempt() { return attempt; }
    public LocalDate getExaminedOn() { return examinedOn; }
    public String getExaminer() { return examiner; }
}
