package org.yuanwu.survey;

/** What a questionnaire is for; only patient-satisfaction questionnaires feed the satisfaction indicator. */
public enum SurveyPurpose {
    PATIENT_SATISFACTION, STAFF_EVALUATION, HEALTH_KNOWLEDGE, OTHER
}
