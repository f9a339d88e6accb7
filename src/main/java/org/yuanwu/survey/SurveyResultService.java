package org.yuanwu.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.common.Actor;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.survey.internal.Questionnaire;
import org.yuanwu.survey.internal.SatisfactionRule;
import org.yuanwu.survey.internal.SurveyAnswer;
import org.yuanwu.survey.internal.SurveyAnswerRepository;
import org.yuanwu.survey.internal.SurveyResponse;
import org.yuanwu.survey.internal.SurveyResponseRepository;

/**
 * Results of a questionnaire for a unit subtree and a period: response count, distribution per
 * question, satisfaction (satisfied / rated, by the same rule that feeds the indicator), free texts;
 * and Excel exports of the raw responses and of the summary. Withdrawn responses do not count.
 */
@Service
@Transactional(readOnly = true)
public class SurveyResultService {

    public static final int EXPORT_LIMIT = 50_000;

    private final SurveyResponseRepository responses;
    private final SurveyAnswerRepository answers;
    private final SurveyAccess access;
    private final ResponseService responseService;
    private final MessageSource messages;

    SurveyResultService(SurveyResponseRepository responses, SurveyAnswerRepository answers, SurveyAccess access,
                        ResponseService responseService, MessageSource messages) {
        this.responses = responses;
        this.answers = answers;
        this.access = access;
        this.responseService = responseService;
        this.messages = messages;
    }

    private record Loaded(Questionnaire questionnaire, List<QuestionView> questions, List<SurveyResponse> responses,
                          Map<Long, List<SurveyAnswer>> answers) {
    }

    private Loaded load(Long questionnaireId, Long unitId, LocalDate from, LocalDate to) {
        Questionnaire q = access.load(questionnaireId);
        Actor actor = access.readable(q);
        Collection<Long> units = access.filterUnits(actor, unitId);
        List<SurveyResponse> found = responses.findAll(ResponseService.spec(questionnaireId, units, from, to, false),
                Sort.by("responseDate", "id"));
        if (found.size() > EXPORT_LIMIT) {
            found = found.subList(0, EXPORT_LIMIT);
        }
        Map<Long, List<SurveyAnswer>> byResponse = new HashMap<>();
        List<Long> ids = found.stream().map(SurveyResponse::getId).toList();
        for (int i = 0; i < ids.size(); i += 1000) {
            answers.findByResponseIdIn(ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .forEach(a -> byResponse.computeIfAbsent(a.getResponseId(), k -> new ArrayList<>()).add(a));
        }
        return new Loaded(q, responseService.questionViews(questionnaireId), found, byResponse);
    }

    public SurveyResults results(Long questionnaireId, Long unitId, LocalDate from, LocalDate to) {
        Loaded l = load(questionnaireId, unitId, from, to);
        boolean countsSatisfaction = l.questionnaire().getPurpose() == SurveyPurpose.PATIENT_SATISFACTION;
        Map<Long, List<SurveyAnswer>> byQuestion = l.answers().values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(SurveyAnswer::getQuestionId));
        long rated = 0;
        long satisfied = 0;
        long knowledge = 0;
        long correct = 0;
        List<SurveyResults.QuestionResult> results = new ArrayList<>();
        for (QuestionView q : l.questions()) {
            List<SurveyAnswer> as = byQuestion.getOrDefault(q.id(), List.of());
            long qRated = 0;
            long qSatisfied = 0;
            List<SurveyResults.OptionCount> counts = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            BigDecimal average = null;
            if (q.kind() == QuestionKind.TEXT) {
                as.forEach(a -> texts.add(a.getText()));
            } else {
                int n = q.kind() == QuestionKind.RATING ? 5 : q.options().size();
                long[] c = new long[n + 1];
                long sum = 0;
                for (SurveyAnswer a : as) {
                    if (a.getScore() != null && a.getScore() >= 1 && a.getScore() <= n) {
                        c[a.getScore()]++;
                        sum += a.getScore();
                    }
                    for (Integer i : a.choiceList()) {
                        if (i >= 1 && i <= n) {
                            c[i]++;
                        }
                    }
                    Boolean s = countsSatisfaction ? SatisfactionRule.satisfied(q, a.getScore(), a.choiceList()) : null;
                    if (s != null) {
                        qRated++;
                        if (s) {
                            qSatisfied++;
                        }
                    }
                    Boolean k = SatisfactionRule.correct(q, a.choiceList());
                    if (k != null) {
                        knowledge++;
                        if (k) {
                            correct++;
                        }
                    }
                }
                for (int i = 1; i <= n; i++) {
                    String label = i <= q.options().size() ? q.options().get(i - 1) : String.valueOf(i);
                    if (q.kind() == QuestionKind.RATING) {
                        label = i + " " + label;
                    }
                    counts.add(new SurveyResults.OptionCount(label, c[i], percent(c[i], as.size())));
                }
                if (q.kind() == QuestionKind.RATING && !as.isEmpty()) {
                    average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(as.size()), 2, RoundingMode.HALF_UP);
                }
            }
            rated += qRated;
            satisfied += qSatisfied;
            results.add(new SurveyResults.QuestionResult(q, as.size(), counts, average, qRated, qSatisfied, texts));
        }
        return new SurveyResults(questionnaireId, l.questionnaire().getTitle(), unitId, access.unitName(unitId), from, to,
                l.responses().size(), rated, satisfied, percent(satisfied, rated), knowledge, correct, results);
    }

    /** satisfied / rated × 100 with one decimal; null when nothing was rated. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** One row per response: date, unit, channel, respondent, then one column per question. */
    public byte[] exportResponses(Long questionnaireId, Long unitId, LocalDate from, LocalDate to, Locale locale) {
        Loaded l = load(questionnaireId, unitId, from, to);
        List<String> headers = new ArrayList<>(List.of(text("survey.response.id", locale), text("survey.response.date", locale),
                text("survey.response.unit", locale), text("survey.response.channel", locale),
                text("survey.response.respondent", locale)));
        l.questions().forEach(q -> headers.add(q.position() + ". " + q.text()));
        Map<Long, String> names = new HashMap<>();
        List<List<?>> rows = new ArrayList<>();
        for (SurveyResponse r : l.responses()) {
            ResponseView v = ResponseService.view(r, l.questions(), l.answers().getOrDefault(r.getId(), List.of()),
                    names.computeIfAbsent(r.getUnitId(), access::unitName), l.questionnaire().isAnonymous());
            List<Object> row = new ArrayList<>(List.of(v.id(), v.responseDate(), v.unitName(),
                    text("survey.channel." + v.channel(), locale), v.respondent() == null ? "" : v.respondent()));
            Map<Long, String> shown = v.answers().stream()
                    .collect(Collectors.toMap(ResponseView.Answer::questionId, ResponseView.Answer::display));
            l.questions().forEach(q -> row.add(shown.getOrDefault(q.id(), "")));
            rows.add(row);
        }
        return ExcelSheet.write(text("survey.export.responsesSheet", locale), headers, rows);
    }

    /** The summary: per question and option the count and share; the satisfaction rate first. */
    public byte[] exportSummary(Long questionnaireId, Long unitId, LocalDate from, LocalDate to, Locale locale) {
        SurveyResults r = results(questionnaireId, unitId, from, to);
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of(text("survey.results.responses", locale), "", r.responses(), ""));
        rows.add(List.of(text("survey.results.satisfaction", locale), text("survey.results.satisfiedOfRated", locale,
                r.satisfied(), r.rated()), r.satisfied(), r.satisfactionRate() == null ? "" : r.satisfactionRate()));
        for (SurveyResults.QuestionResult qr : r.questions()) {
            String question = qr.question().position() + ". " + qr.question().text();
            for (SurveyResults.OptionCount c : qr.counts()) {
                rows.add(List.of(question, c.label(), c.count(), c.share() == null ? "" : c.share()));
            }
            if (qr.question().kind() == QuestionKind.TEXT) {
                rows.add(List.of(question, text("survey.results.textAnswers", locale), qr.answered(), ""));
            }
        }
        return ExcelSheet.write(text("survey.export.summarySheet", locale), List.of(text("survey.question.text", locale),
                text("survey.results.option", locale), text("survey.results.count", locale),
                text("survey.results.share", locale)), rows);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
