package org.yuanwu.survey.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "survey_link")
public class SurveyLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_link_seq")
    @SequenceGenerator(name = "survey_link_seq", sequenceName = "survey_link_seq", allocationSize = 50)
    private Long id;
    @Column(name = "questionnaire_id")
    private Long questionnaireId;
    @Column(name = "unit_id")
    private Long unitId;
    private String code;
    private boolean active;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected SurveyLink() {
    }

    public SurveyLink(Long questionnaireId, Long unitId, String code, String createdBy, Instant now) {
        this.questionnaireId = questionnaireId;
        this.unitId = unitId;
        this.code = code;
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void setActive(boolean active) { this.active = active; }
    public Long getId() { return id; }
    public Long getQuestionnaireId() { return questionnaireId; }
    public Long getUnitId() { return unitId; }
    public String getCode() { return code; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
}
