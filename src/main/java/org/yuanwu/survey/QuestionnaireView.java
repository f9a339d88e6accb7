package org.yuanwu.survey;

import java.time.Instant;
import java.util.List;

/** A questionnaire as callers see it, with its questions in order; a null unit means the whole hospital. */
public record QuestionnaireView(Long id, Long unitId, String unitName, String title, SurveyPurpose purpose,
                                SurveyAudience audience, boolean anonymous, String description, SurveyStatus status,
                                String builtinCode, String createdBy, long responseCount, List<QuestionView> questions,
                                Instant createdAt, Instant updatedAt, long version) {
}
