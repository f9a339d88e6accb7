package org.yuanwu.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.ProfessionalTitle;

/** A compliance rule as entered: the audience (empty lists = anyone), what is required, and by which month's end. */
public class ComplianceRuleForm {

    private String name;
    private Long audienceUnitId;
    private List<ProfessionalTitle> titles = new ArrayList<>();
    private List<NurseLevel> levels = new ArrayList<>();
    private List<EmploymentType> employmentTypes = new ArrayList<>();
    private ComplianceRequirement requirement;
    private ExamKind examKind;
    private BigDecimal requiredCount;
    private Integer dueMonth = 12;
    private Long version;

    public static ComplianceRuleForm of(ComplianceRuleView v) {
        ComplianceRuleForm f = new ComplianceRuleForm();
        f.name = v.name();
        f.audienceUnitId = v.audienceUnitId();
        f.titles = new ArrayList<>(v.titles());
        f.levels = new ArrayList<>(v.levels());
        f.employmentTypes = new ArrayList<>(v.employmentTypes());
        f.requirement = v.requirement();
        f.examKind = v.examKind();
        f.requiredCount = v.requiredCount();
        f.dueMonth = v.dueMonth();
        f.version = v.version();
        return f;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getAudienceUnitId() { return audienceUnitId; }
    public void setAudienceUnitId(Long audienceUnitId) { this.audienceUnitId = audienceUnitId; }
    public List<ProfessionalTitle> getTitles() { return titles; }
    public void setTitles(List<ProfessionalTitle> titles) { this.titles = titles == null ? new ArrayList<>() : titles; }
    public List<NurseLevel> getLevels() { return levels; }
    public void setLevels(List<NurseLevel> levels) { this.levels = levels == null ? new ArrayList<>() : levels; }
    public List<EmploymentType> getEmploymentTypes() { return employmentTypes; }
    public void setEmploymentTypes(List<EmploymentType> employmentTypes) {
        this.employmentTypes = employmentTypes == null ? new ArrayList<>() : employmentTypes;
    }
    public ComplianceRequirement getRequirement() { return requirement; }
    public void setRequirement(ComplianceRequirement requirement) { this.requirement = requirement; }
    public ExamKind getExamKind() { return examKind; }
    public void setExamKind(ExamKind examKind) { this.examKind = examKind; }
    public BigDecimal getRequiredCount() { return requiredCount; }
    public void setRequiredCount(BigDecimal requiredCount) { this.requiredCount = requiredCount; }
    public Integer getDueMonth() { return dueMonth; }
    public void setDueMonth(Integer dueMonth) { this.dueMonth = dueMonth; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
