package org.yuanwu.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A response with its answers, as the organiser sees it; the respondent is hidden for anonymous questionnaires. */
public record ResponseView(Long id, Long questionnaireId, Long unitId, String unitName, String channel, String respondent,
                           LocalDate responseDate, Instant submittedAt, boolean withdrawn, String withdrawReason,
                           List<Answer> answers, long version) {

    /** One answer as text ready for a table: the score with its label, the chosen options, or the text. */
    public record Answer(Long questionId, Integer score, List<Integer> choices, String text, String display) {
    }
}
