package org.yuanwu.survey.internal;

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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.survey.QuestionnaireForm;
import org.yuanwu.survey.SurveyAudience;
import org.yuanwu.survey.SurveyPurpose;
import org.yuanwu.survey.SurveyStatus;

@Entity
@Table(name = "survey_questionnaire")
public class Questionnaire {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_questionnaire_seq")
    @SequenceGenerator(name = "survey_questionnaire_seq", sequenceName = "survey_questionnaire_seq", allocationSize = 50)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    private String title;
    @Enumerated(EnumType.STRING)
    private SurveyPurpose purpose;
    @Enumerated(EnumType.STRING)
    private SurveyAudience audience;
    private boolean anonymous;
    private String description;
    @Enumerated(EnumType.STRING)
    private SurveyStatus status;
    @Column(name = "builtin_code")
    private String builtinCode;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Questionnaire() {
    }

    public Questionnaire(Long unitId, String builtinCode, String createdBy, Instant now) {
        this.unitId = unitId;
        this.builtinCode = builtinCode;
        this.createdBy = createdBy;
        this.status = SurveyStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Copies the form (the owning unit is fixed at creation); true when anything changed. */
    public boolean apply(QuestionnaireForm f, Instant now) {
        Map<String, Object> before = snapshot();
        title = f.getTitle();
        purpose = f.getPurpose();
        audience = f.getAudience();
        anonymous = f.isAnonymous();
        description = f.getDescription();
        boolean changed = !before.equals(snapshot());
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    public void moveTo(SurveyStatus next, Instant now) {
        status = next;
        updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("title", title);
        m.put("purpose", purpose);
        m.put("audience", audience);
        m.put("anonymous", anonymous);
        m.put("description", description);
        m.put("status", status);
        return m;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public String getTitle() { return title; }
    public SurveyPurpose getPurpose() { return purpose; }
    public SurveyAudience getAudience() { return audience; }
    public boolean isAnonymous() { return anonymous; }
    public String getDescription() { return description; }
    public SurveyStatus getStatus() { return status; }
    public String getBuiltinCode() { return builtinCode; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
