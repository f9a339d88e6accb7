package org.yuanwu.survey;

/** What a patient sees behind /s/{code}: the questionnaire, the ward it is about, and whether it can be answered. */
public record PublicSurvey(String code, QuestionnaireView questionnaire, Long unitId, String unitName, boolean token,
                           boolean answerable, String refusalKey) {
}
