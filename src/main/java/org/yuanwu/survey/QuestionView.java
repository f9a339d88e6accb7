package org.yuanwu.survey;

import java.util.List;

/** A question as callers see it; {@code position} is 1-based. See {@link QuestionForm} for the thresholds. */
public record QuestionView(Long id, int position, QuestionKind kind, String text, boolean required, List<String> options,
                           Integer satisfiedThreshold, Integer correctOption) {

    /** Whether answers count toward satisfaction (rated / satisfied). */
    public boolean rated() {
        return satisfiedThreshold != null && (kind == QuestionKind.RATING || kind == QuestionKind.SINGLE_CHOICE);
    }

    public boolean knowledge() {
        return correctOption != null && kind.choice();
    }
}
