package org.yuanwu.training.internal.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.training.ComplianceRequirement;
import org.yuanwu.training.ComplianceRuleForm;
import org.yuanwu.training.ExamKind;

/** A yearly requirement for an audience; withdrawn with a reason, never deleted. */
@Entity
@Table(name = "training_compliance_rule")
public class ComplianceRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Column(name = "audience_unit_id")
    private Long audienceUnitId;
    @Column(name = "audience_titles")
    private String audienceTitles;
    @Column(name = "audience_levels")
    private String audienceLevels;
    @Column(name = "audience_employment")
    private String audienceEmployment;
    @Enumerated(EnumType.STRING)
    private ComplianceRequirement requirement;
    @Enumerated(EnumType.STRING)
    @Column(name = "exam_kind")
    private ExamKind examKind;
    @Column(name = "required_count")
    private BigDecimal requiredCount;
    @Column(name = "due_month")
    private int dueMonth;
    private boolean active = true;
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

    protected ComplianceRule() {
    }

    public ComplianceRule(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void apply(ComplianceRuleForm f, Instant now) {
        name = f.getName().strip();
        audienceUnitId = f.getAudienceUnitId();
        audienceTitles = join(f.getTitles());
        audienceLevels = join(f.getLevels());
        audienceEmployment = join(f.getEmploymentTypes());
        requirement = f.getRequirement();
        examKind = f.getRequirement() == ComplianceRequirement.EXAMS_OF_KIND_PASSED ? f.getExamKind() : null;
        requiredCount = f.getRequiredCount().setScale(1, RoundingMode.HALF_UP);
        dueMonth = f.getDueMonth();
        updatedAt = now;
    }

    public void withdraw(String reason, Instant now) {
        active = false;
        withdrawnReason = reason;
        updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("audienceUnitId", audienceUnitId);
        m.put("titles", audienceTitles);
        m.put("levels", audienceLevels);
        m.put("employment", audienceEmployment);
        m.put("requirement", requirement);
        m.put("examKind", examKind);
        m.put("requiredCount", requiredCount);
        m.put("dueMonth", dueMonth);
        m.put("active", active);
        return m;
    }

    private static String join(List<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().distinct().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> List<E> split(String text, Function<String, E> parse) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(String::strip).map(parse).toList();
    }

    public List<ProfessionalTitle> titles() { return split(audienceTitles, ProfessionalTitle::valueOf); }
    public List<NurseLevel> levels() { return split(audienceLevels, NurseLevel::valueOf); }
    public List<EmploymentType> employmentTypes() { return split(audienceEmployment, EmploymentType::valueOf); }

    public Long getId() { return id; }
    public String getName() { return name; }
    public Long getAudienceUnitId() { return audienceUnitId; }
    public ComplianceRequirement getRequirement() { return requirement; }
    public ExamKind getExamKind() { return examKind; }
    public BigDecimal getRequiredCount() { return requiredCount; }
    public int getDueMonth() { return dueMonth; }
    public boolean isActive() { return active; }
    public String getWithdrawnReason() { return withdrawnReason; }
    public long getVersion() { return version; }
}
