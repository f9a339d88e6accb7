package org.yuanwu.survey.internal;

import org.springframework.ui.Model;
import org.yuanwu.common.DomainException;

/** The model of the answer form shared by the public and the staff page. */
final class AnswerPage {

    private AnswerPage() {
    }

    static void errors(Model model, WebAnswers answers, DomainException error) {
        model.addAttribute("chosen", answers.chosen);
        model.addAttribute("texts", answers.texts);
        model.addAttribute("respondent", answers.submission.respondent());
        if (error != null) {
            model.addAttribute("errorKey", error.messageKey());
            model.addAttribute("errorArgs", error.args());
            model.addAttribute("errorField", error.field());
        }
    }
}
