package org.yuanwu.survey.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.yuanwu.common.DomainException;

@Entity
@Table(name = "survey_token")
public class SurveyToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_token_seq")
    @SequenceGenerator(name = "survey_token_seq", sequenceName = "survey_token_seq", allocationSize = 50)
    private Long id;
    @Column(name = "questionnaire_id")
    private Long questionnaireId;
    @Column(name = "unit_id")
    private Long unitId;
    private String code;
    private String batch;
    @Column(name = "used_at")
    private Instant usedAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected SurveyToken() {
    }

    public SurveyToken(Long questionnaireId, Long unitId, String code, String batch, String createdBy, Instant now) {
        this.questionnaireId = questionnaireId;
        this.unitId = unitId;
        this.code = code;
        this.batch = batch;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** A token answers once: the second use is refused (409). */
    public void use(Instant now) {
        if (usedAt != null) {
            throw DomainException.conflict("survey.error.tokenUsed");
        }
        usedAt = now;
    }

    public Long getId() { return id; }
    public Long getQuestionnaireId() { return questionnaireId; }
    public Long getUnitId() { return unitId; }
    public String getCode() { return code; }
    public String getBatch() { return batch; }
    public Instant getUsedAt() { return usedAt; }
    public Instant getCreatedAt() { return createdAt; }
}
