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
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.training.ExamForm;
import org.yuanwu.training.ExamKind;
import org.yuanwu.training.ExamMode;
import org.yuanwu.training.ExamPassMarkType;
import org.yuanwu.training.ExamStatus;
import org.yuanwu.training.PaperAssembly;

@Entity
@Table(name = "training_exam")
public class Exam {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_exam_seq")
    @SequenceGenerator(name = "training_exam_seq", sequenceName = "training_exam_seq", allocationSize = 50)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    private String title;
    @Enumerated(EnumType.STRING)
    private ExamKind kind;
    @Enumerated(EnumType.STRING)
    private ExamMode mode;
    @Enumerated(EnumType.STRING)
    private ExamStatus status;
    @Column(name = "opens_at")
    private Instant opensAt;
    @Column(name = "closes_at")
    private Instant closesAt;
    @Column(name = "duration_minutes")
    private Integer durationMinutes;
    @Column(name = "pass_mark")
    private BigDecimal passMark;
    @Enumerated(EnumType.STRING)
    @Column(name = "pass_mark_type")
    private ExamPassMarkType passMarkType;
    @Column(name = "show_answers")
    private boolean showAnswers;
    @Column(name = "max_attempts")
    private Integer maxAttempts;
    @Enumerated(EnumType.STRING)
    private PaperAssembly assembly;
    @Column(name = "per_candidate")
    private boolean perCandidate;
    @Column(name = "invite_unit_id")
    private Long inviteUnitId;
    @Column(name = "invite_titles")
    private String inviteTitles;
    @Column(name = "invite_levels")
    private String inviteLevels;
    @Column(name = "withdrawn_reason")
    private String withdrawnReason;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Exam() {
    }

    public Exam(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.status = ExamStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public boolean apply(ExamForm f, Instant opens, Instant closes, Instant now) {
        Map<String, Object> before = snapshot();
        unitId = f.getUnitId();
        title = f.getTitle();
        kind = f.getKind();
        mode = f.getMode();
        opensAt = opens;
        closesAt = closes;
        durationMinutes = f.getMode() == ExamMode.ONLINE ? f.getDurationMinutes() : null;
        passMark = f.getPassMark();
        passMarkType = f.getPassMarkType();
        showAnswers = f.isShowAnswers();
        maxAttempts = f.getMaxAttempts();
        assembly = f.getAssembly();
        perCandidate = f.getAssembly() == PaperAssembly.RULES && f.isPerCandidate();
        boolean changed = !before.equals(snapshot());
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    public void invitation(Long unitId, String titles, String levels, Instant now) {
        this.inviteUnitId = unitId;
        this.inviteTitles = titles;
        this.inviteLevels = levels;
        this.updatedAt = now;
    }

    public void publish(Instant now) {
        this.status = ExamStatus.PUBLISHED;
        this.updatedAt = now;
    }

    public void withdraw(String reason, Instant now) {
        this.status = ExamStatus.WITHDRAWN;
        this.withdrawnReason = reason;
        this.updatedAt = now;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public boolean isOpenAt(Instant now) {
        return status == ExamStatus.PUBLISHED && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public boolean isClosedAt(Instant now) {
        return !now.isBefore(closesAt);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("title", title);
        m.put("kind", kind);
        m.put("mode", mode);
        m.put("status", status);
        m.put("opensAt", String.valueOf(opensAt));
        m.put("closesAt", String.valueOf(closesAt));
        m.put("durationMinutes", durationMinutes);
        m.put("passMark", passMark == null ? null : passMark.stripTrailingZeros().toPlainString());
        m.put("passMarkType", passMarkType);
        m.put("showAnswers", showAnswers);
        m.put("maxAttempts", maxAttempts);
        m.put("assembly", assembly);
        m.put("perCandidate", perCandidate);
        return m;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public String getTitle() { return title; }
    public ExamKind getKind() { return kind; }
    public ExamMode getMode() { return mode; }
    public ExamStatus getStatus() { return status; }
    public Instant getOpensAt() { return opensAt; }
    public Instant getClosesAt() { return closesAt; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public BigDecimal getPassMark() { return passMark; }
    public ExamPassMarkType getPassMarkType() { return passMarkType; }
    public boolean isShowAnswers() { return showAnswers; }
    public Integer getMaxAttempts() { return maxAttempts; }
    public PaperAssembly getAssembly() { return assembly; }
    public boolean isPerCandidate() { return perCandidate; }
    public Long getInviteUnitId() { return inviteUnitId; }
    public String getInviteTitles() { return inviteTitles; }
    public String getInviteLevels() { return inviteLevels; }
    public String getWithdrawnReason() { return withdrawnReason; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
