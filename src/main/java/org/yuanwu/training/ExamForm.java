package org.yuanwu.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An exam's settings (web form and API body). Times are local (Asia/Shanghai). Duration is for
 * online exams only. maxAttempts null means unlimited retakes until the candidate passes.
 */
public class ExamForm {

    @NotNull
    private Long unitId;
    @NotBlank
    @Size(max = 200)
    private String title;
    @NotNull
    private ExamKind kind = ExamKind.THEORY;
    @NotNull
    private ExamMode mode = ExamMode.ONLINE;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime opensAt;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime closesAt;
    private Integer durationMinutes = 60;
    @NotNull
    private BigDecimal passMark = BigDecimal.valueOf(60);
    @NotNull
    private ExamPassMarkType passMarkType = ExamPassMarkType.PERCENT;
    private boolean showAnswers;
    private Integer maxAttempts = 1;
    @NotNull
    private PaperAssembly assembly = PaperAssembly.MANUAL;
    private boolean perCandidate;
    private Long version;

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title == null ? null : title.strip(); }
    public ExamKind getKind() { return kind; }
    public void setKind(ExamKind kind) { this.kind = kind; }
    public ExamMode getMode() { return mode; }
    public void setMode(ExamMode mode) { this.mode = mode; }
    public LocalDateTime getOpensAt() { return opensAt; }
    public void setOpensAt(LocalDateTime opensAt) { this.opensAt = opensAt; }
    public LocalDateTime getClosesAt() { return closesAt; }
    public void setClosesAt(LocalDateTime closesAt) { this.closesAt = closesAt; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
    public BigDecimal getPassMark() { return passMark; }
    public void setPassMark(BigDecimal passMark) { this.passMark = passMark; }
    public ExamPassMarkType getPassMarkType() { return passMarkType; }
    public void setPassMarkType(ExamPassMarkType passMarkType) { this.passMarkType = passMarkType; }
    public boolean isShowAnswers() { return showAnswers; }
    public void setShowAnswers(boolean showAnswers) { this.showAnswers = showAnswers; }
    public Integer getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(Integer maxAttempts) { this.maxAttempts = maxAttempts; }
    public PaperAssembly getAssembly() { return assembly; }
    public void setAssembly(PaperAssembly assembly) { this.assembly = assembly; }
    public boolean isPerCandidate() { return perCandidate; }
    public void setPerCandidate(boolean perCandidate) { this.perCandidate = perCandidate; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    public static ExamForm of(ExamView e) {
        ExamForm f = new ExamForm();
        f.unitId = e.unitId();
        f.title = e.title();
        f.kind = e.kind();
        f.mode = e.mode();
        f.opensAt = e.opensAtLocal();
        f.closesAt = e.closesAtLocal();
        f.durationMinutes = e.durationMinutes();
        f.passMark = e.passMark();
        f.passMarkType = e.passMarkType();
        f.showAnswers = e.showAnswers();
        f.maxAttempts = e.maxAttempts();
        f.assembly = e.assembly();
        f.perCandidate = e.perCandidate();
        f.version = e.version();
        return f;
    }
}
