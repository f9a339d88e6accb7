package org.yuanwu.survey.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_response_seq")
    @SequenceGenerator(name = "survey_response_seq", sequenceName = "survey_response_seq", allocationSize = 50)
    private Long id;
    @Column(name = "questionnaire_id")
    private Long questionnaireId;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "link_id")
    private Long linkId;
    @Column(name = "token_id")
    private Long tokenId;
    @Column(name = "respondent_user_id")
    private Long respondentUserId;
    private String respondent;
    @Column(name = "response_date")
    private LocalDate responseDate;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    private boolean withdrawn;
    @Column(name = "withdraw_reason")
    private String withdrawReason;
    @Version
    private long version;

    protected SurveyResponse() {
    }

    public SurveyResponse(Long questionnaireId, Long unitId, Long linkId, Long tokenId, Long respondentUserId,
                          String respondent, LocalDate responseDate, Instant submittedAt) {
        this.questionnaireId = questionnaireId;
        this.unitId = unitId;
        this.linkId = linkId;
        this.tokenId = tokenId;
        this.respondentUserId = respondentUserId;
        this.respondent = respondent;
        this.responseDate = responseDate;
        this.submittedAt = submittedAt;
    }

    public void withdraw(String reason) {
        this.withdrawn = true;
        this.withdrawReason = reason;
    }

    public String channel() {
        return tokenId != null ? "TOKEN" : linkId != null ? "LINK" : "STAFF";
    }

    public Long getId() { return id; }
    public Long getQuestionnaireId() { return questionnaireId; }
    public Long getUnitId() { return unitId; }
    public Long getLinkId() { return linkId; }
    public Long getTokenId() { return tokenId; }
    public Long getRespondentUserId() { return respondentUserId; }
    public String getRespondent() { return respondent; }
    public LocalDate getResponseDate() { return responseDate; }
    public Instant getSubmittedAt() { return submittedAt; }
    public boolean isWithdrawn() { return withdrawn; }
    public String getWithdrawReason() { return withdrawReason; }
    public long getVersion() { return version; }
}
