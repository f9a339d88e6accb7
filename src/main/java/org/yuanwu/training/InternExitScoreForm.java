package org.yuanwu.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An exit exam result out of 100; a rotation ties it to a ward's exit exam, none means the intake's final exam. */
public class InternExitScoreForm {

    private Long internId;
    private Long rotationId;
    private InternExitKind kind;
    private BigDecimal score;
    private BigDecimal passMark = new BigDecimal("60");
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate examinedOn;
    private String examiner;

    public Long getInternId() { return internId; }
    public void setInternId(Long internId) { this.internId = internId; }
    public Long getRotationId() { return rotationId; }
    public void setRotationId(Long rotationId) { this.rotationId = rotationId; }
    public InternExitKind getKind() { return kind; }
    public void setKind(InternExitKind kind) { this.kind = kind; }
    public BigDecimal getScore() { return score; }
    public void setScore(BigDecimal score) { this.score = score; }
    public BigDecimal getPassMark() { return passMark; }
    public void setPassMark(BigDecimal passMark) { this.passMark = passMark; }
    public LocalDate getExaminedOn() { return examinedOn; }
    public void setExaminedOn(LocalDate examinedOn) { this.examinedOn = examinedOn; }
    public String getExaminer() { return examiner; }
    public void setExaminer(String examiner) { this.examiner = examiner; }
}
