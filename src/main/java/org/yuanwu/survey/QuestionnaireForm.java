package org.yuanwu.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an organiser fills in to create or edit a questionnaire (web form and API body). */
public class QuestionnaireForm {

    @NotBlank
    @Size(max = 200)
    private String title;
    @NotNull
    private SurveyPurpose purpose = SurveyPurpose.PATIENT_SATISFACTION;
    @NotNull
    private SurveyAudience audience = SurveyAudience.PUBLIC;
    private boolean anonymous = true;
    @NotNull
    private Long unitId;
    @Size(max = 2000)
    private String description;
    private Long version;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title == null ? null : title.strip(); }
    public SurveyPurpose getPurpose() { return purpose; }
    public void setPurpose(SurveyPurpose purpose) { this.purpose = purpose; }
    public SurveyAudience getAudience() { return audience; }
    public void setAudience(SurveyAudience audience) { this.audience = audience; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getDescription() { return description; }
    public void setDescription(String description) {
        this.description = description == null || description.isBlank() ? null : description.strip();
    }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    public static QuestionnaireForm of(QuestionnaireView q) {
        QuestionnaireForm f = new QuestionnaireForm();
        f.title = q.title();
        f.purpose = q.purpose();
        f.audience = q.audience();
        f.anonymous = q.anonymous();
        f.unitId = q.unitId();
        f.description = q.description();
        f.version = q.version();
        return f;
    }
}
