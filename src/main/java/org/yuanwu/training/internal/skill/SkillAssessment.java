package org.yuanwu.training.internal.skill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

@Entity
@Table(name = "training_skill_assessment")
public class SkillAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_skill_assessment_seq")
    @SequenceGenerator(name = "training_skill_assessment_seq", sequenceName = "training_skill_assessment_seq", allocationSize = 50)
    private Long id;
    @Column(name = "skill_id")
    private Long skillId;
    @Column(name = "sheet_id")
    private Long sheetId;
    @Column(name = "staff_id")
    private Long staffId;
    @Column(name = "staff_name")
    private String staffName;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "assessed_on")
    private LocalDate assessedOn;
    private BigDecimal score;
    @Column(name = "max_score")
    private BigDecimal maxScore;
    @Column(name = "pass_threshold")
    private BigDecimal passThreshold;
    private boolean passed;
    private String examiner;
    private String note;
    private boolean withdrawn;
    @Column(name = "withdrawn_reason")
    private String withdrawnReason;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;

    protected SkillAssessment() {
    }

    public SkillAssessment(Long skillId, Long sheetId, Long staffId, String staffName, Long unitId, LocalDate assessedOn,
                           SkillScoring.Result result, BigDecimal passThreshold, String examiner, String note, Instant now) {
        this.skillId = skillId;
        this.sheetId = sheetId;
        this.staffId = staffId;
        this.staffName = staffName;
        this.unitId = unitId;
        this.assessedOn = assessedOn;
        this.score = result.score();
        this.maxScore = result.maxScore();
        this.passThreshold = passThreshold;
        this.passed = result.passed(passThreshold);
        this.examiner = examiner;
        this.note = note;
        this.createdAt = now;
    }

    public void withdraw(String reason) {
        withdrawn = true;
        withdrawnReason = reason;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("skillId", skillId);
        m.put("sheetId", sheetId);
        m.put("staffId", staffId);
        m.put("unitId", unitId);
        m.put("assessedOn", assessedOn);
        m.put("score", score);
        m.put("passed", passed);
        m.put("withdrawn", withdrawn);
        m.put("withdrawnReason", withdrawnReason);
        return m;
    }

    public Long getId() { return id; }
    public Long getSkillId() { return skillId; }
    public Long getSheetId() { return sheetId; }
    public Long getStaffId() { return staffId; }
    public String getStaffName() { return staffName; }
    public Long getUnitId() { return unitId; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public BigDecimal getScore() { return score; }
    public BigDecimal getMaxScore() { return maxScore; }
    public BigDecimal getPassThreshold() { return passThreshold; }
    public boolean isPassed() { return passed; }
    public String getExaminer() { return examiner; }
    public String getNote() { return note; }
    public boolean isWithdrawn() { return withdrawn; }
    public String getWithdrawnReason() { return withdrawnReason; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
}
