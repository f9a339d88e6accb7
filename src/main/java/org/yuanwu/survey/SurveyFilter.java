package org.yuanwu.survey;

/** Criteria for the questionnaire list; every field optional; {@code unitId} includes the units below it. */
public record SurveyFilter(Long unitId, SurveyPurpose purpose, SurveyStatus status, String q) {

    public static SurveyFilter none() {
        return new SurveyFilter(null, null, null, null);
    }
}
