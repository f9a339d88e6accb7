package org.yuanwu.survey.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;
import org.yuanwu.survey.AnswerInput;
import org.yuanwu.survey.QuestionKind;
import org.yuanwu.survey.QuestionView;
import org.yuanwu.survey.Submission;

/**
 * Reads an answer form's fields (q{questionId} = score, option numbers or text) into a submission,
 * and keeps what was typed so a refused form comes back filled in.
 */
final class WebAnswers {

    final Submission submission;
    /** "questionId:value" of every chosen score or option. */
    final Set<String> chosen = new HashSet<>();
    final Map<Long, String> texts = new HashMap<>();

    private WebAnswers(Submission submission) {
        this.submission = submission;
    }

    static WebAnswers read(List<QuestionView> questions, MultiValueMap<String, String> form) {
        List<AnswerInput> answers = new ArrayList<>();
        WebAnswers web = new WebAnswers(new Submission(answers, form.getFirst("respondent")));
        for (QuestionView q : questions) {
            List<String> values = form.getOrDefault("q" + q.id(), List.of());
            if (q.kind() == QuestionKind.TEXT) {
                String text = values.isEmpty() ? null : values.get(0);
                web.texts.put(q.id(), text);
                answers.add(new AnswerInput(q.id(), null, null, text));
                continue;
            }
            List<Integer> numbers = new ArrayList<>();
            for (String v : values) {
                if (v == null || v.isBlank()) {
                    continue;
                }
                web.chosen.add(q.id() + ":" + v.strip());
                try {
                    numbers.add(Integer.valueOf(v.strip()));
                } catch (NumberFormatException e) {
                    numbers.add(-1); // refused by the range check, naming the question
                }
            }
            if (q.kind() == QuestionKind.RATING) {
                answers.add(new AnswerInput(q.id(), numbers.isEmpty() ? null : numbers.get(0), null, null));
            } else {
                answers.add(new AnswerInput(q.id(), null, numbers, null));
            }
        }
        return web;
    }

    static WebAnswers empty() {
        return new WebAnswers(new Submission(List.of(), null));
    }
}
