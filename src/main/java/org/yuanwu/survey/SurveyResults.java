package org.yuanwu.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Results of a questionnaire for a unit subtree (null: every unit in scope) and a period:
 * responses, per-question distribution and the satisfaction counts (satisfied / rated × 100).
 */
public record SurveyResults(Long questionnaireId, String title, Long unitId, String unitName, LocalDate from,
                            LocalDate to, long responses, long rated, long satisfied, BigDecimal satisfactionRate,
                            long knowledgeAnswers, long knowledgeCorrect, List<QuestionResult> questions) {

    /** Counts per option (or per score 1–5) and, for free text, the texts. */
    public record QuestionResult(QuestionView question, long answered, List<OptionCount> counts, BigDecimal averageScore,
                                 long rated, long satisfied, List<String> texts) {
    }

    public record OptionCount(String label, long count, BigDecimal share) {
    }
}
