package org.yuanwu.survey;

import java.util.List;

/** A filled-in questionnaire: the answers, and an optional name for named questionnaires. */
public record Submission(List<AnswerInput> answers, String respondent) {
}
