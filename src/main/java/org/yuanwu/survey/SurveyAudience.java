package org.yuanwu.survey;

/**
 * Who answers: patients and the public through links and single-use tokens without an account,
 * or signed-in staff, one response per person.
 */
public enum SurveyAudience {
    PUBLIC, STAFF
}
