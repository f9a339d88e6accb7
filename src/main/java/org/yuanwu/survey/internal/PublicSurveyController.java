package org.yuanwu.survey.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yuanwu.common.DomainException;
import org.yuanwu.survey.PublicSurvey;
import org.yuanwu.survey.ResponseService;

/** The page a patient opens from a link or a return-visit card: no account needed (see SurveySecurityConfig). */
@Controller
@RequestMapping("/s")
class PublicSurveyController {

    private final ResponseService responses;

    PublicSurveyController(ResponseService responses) {
        this.responses = responses;
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model) {
        PublicSurvey survey = responses.publicSurvey(code);
        return page(survey, WebAnswers.empty(), null, model);
    }

    @PostMapping("/{code}")
    String submit(@PathVariable String code, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        PublicSurvey survey = responses.publicSurvey(code);
        WebAnswers answers = WebAnswers.read(survey.questionnaire().questions(), form);
        try {
            responses.submitPublic(code, answers.submission, request.getRemoteAddr());
            model.addAttribute("survey", survey);
            return "survey/thanks";
        } catch (DomainException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status().value());
            return page(responses.publicSurvey(code), answers, e, model);
        }
    }

    private static String page(PublicSurvey survey, WebAnswers answers, DomainException error, Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("questionnaire", survey.questionnaire());
        model.addAttribute("formAction", "/s/" + survey.code());
        model.addAttribute("answerable", survey.answerable());
        model.addAttribute("refusalKey", survey.refusalKey());
        model.addAttribute("targetUnit", survey.unitName());
        AnswerPage.errors(model, answers, error);
        return "survey/answer";
    }
}
