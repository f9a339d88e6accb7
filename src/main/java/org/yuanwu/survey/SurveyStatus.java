package org.yuanwu.survey;

/** Draft (questions editable) → open (answers accepted, questions locked) → closed. */
public enum SurveyStatus {
    DRAFT, OPEN, CLOSED;

    public String badgeClass() {
        return switch (this) {
            case DRAFT -> "text-bg-secondary";
            case OPEN -> "text-bg-success";
            case CLOSED -> "text-bg-dark";
        };
    }
}
