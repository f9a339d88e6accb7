package org.yuanwu.survey.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.common.web.Forms;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.survey.QuestionForm;
import org.yuanwu.survey.QuestionKind;
import org.yuanwu.survey.QuestionView;
import org.yuanwu.survey.QuestionnaireForm;
import org.yuanwu.survey.QuestionnaireView;
import org.yuanwu.survey.ResponseService;
import org.yuanwu.survey.SurveyAudience;
import org.yuanwu.survey.SurveyFilter;
import org.yuanwu.survey.SurveyPurpose;
import org.yuanwu.survey.SurveyResultService;
import org.yuanwu.survey.SurveyResults;
import org.yuanwu.survey.SurveyService;
import org.yuanwu.survey.SurveyStatus;
import org.yuanwu.survey.TokenView;

/** The questionnaire pages: list, design, distribution (links, tokens), results, responses, staff answering. */
@Controller
@RequestMapping("/surveys")
class SurveyController {

    static final int PAGE_SIZE = 20;
    static final Sort ORDER = Sort.by(Sort.Order.desc("id"));
    static final Sort RESPONSE_ORDER = Sort.by(Sort.Order.desc("responseDate"), Sort.Order.desc("id"));

    private final SurveyService surveys;
    private final ResponseService responses;
    private final SurveyResultService results;
    private final OrgUnitService units;

    SurveyController(SurveyService surveys, ResponseService responses, SurveyResultService results, OrgUnitService units) {
        this.surveys = surveys;
        this.responses = responses;
        this.results = results;
        this.units = units;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("purposes", SurveyPurpose.values());
        model.addAttribute("audiences", SurveyAudience.values());
        model.addAttribute("statuses", SurveyStatus.values());
        model.addAttribute("questionKinds", QuestionKind.values());
    }

    @GetMapping
    String list(SurveyFilter filter, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", surveys.search(filter, PageRequests.of(page, PAGE_SIZE, ORDER)));
        model.addAttribute("units", units.allVisible(false));
        return "survey/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        QuestionnaireForm form = new QuestionnaireForm();
        form.setUnitId(CurrentActor.get().scopeUnitId());
        return formPage(form, null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("questionnaireForm") QuestionnaireForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                QuestionnaireView created = surveys.create(form);
                redirect.addFlashAttribute("notice", "survey.notice.created");
                return "redirect:/surveys/" + created.id();
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        }
        return formPage(form, null, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        QuestionnaireView q = surveys.get(id);
        model.addAttribute("q", q);
        model.addAttribute("mayWrite", surveys.mayWrite(id));
        model.addAttribute("links", surveys.links(id));
        model.addAttribute("batches", batches(surveys.tokens(id, null)));
        model.addAttribute("baseUrl", baseUrl());
        model.addAttribute("units", units.allVisible(true));
        if (!model.containsAttribute("questionForm")) {
            QuestionForm qf = new QuestionForm();
            qf.setSatisfiedThreshold(SatisfactionRule.DEFAULT_RATING_THRESHOLD);
            model.addAttribute("questionForm", qf);
        }
        return "survey/detail";
    }

    /** Token batches, newest first: batch → (unit, count, used). */
    record Batch(String batch, String unitName, long count, long used) {
    }

    private static List<Batch> batches(List<TokenView> tokens) {
        Map<String, List<TokenView>> byBatch = new LinkedHashMap<>();
        tokens.forEach(t -> byBatch.computeIfAbsent(t.batch(), k -> new ArrayList<>()).add(t));
        List<Batch> list = new ArrayList<>();
        byBatch.forEach((b, ts) -> list.add(new Batch(b, ts.get(0).unitName(), ts.size(),
                ts.stream().filter(TokenView::used).count())));
        java.util.Collections.reverse(list);
        return list;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        QuestionnaireView q = surveys.get(id);
        return formPage(QuestionnaireForm.of(q), q, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("questionnaireForm") QuestionnaireForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                surveys.update(id, form);
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/surveys/" + id;
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        }
        return formPage(form, surveys.get(id), model);
    }

    @PostMapping("/{id}/open")
    String open(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(id, redirect, "survey.notice.opened", () -> surveys.open(id, version));
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(id, redirect, "survey.notice.closed", () -> surveys.close(id, version));
    }

    @PostMapping("/{id}/questions")
    String addQuestion(@PathVariable Long id, @ModelAttribute("questionForm") QuestionForm form, BindingResult binding,
                       Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            surveys.addQuestion(id, form);
            redirect.addFlashAttribute("notice", "survey.notice.questionAdded");
            return "redirect:/surveys/" + id + "#questions";
        } catch (DomainException e) {
            Forms.rejected(e, binding, model, response); // the page again, the typed question kept, the message beside it
        }
        return show(id, model);
    }

    @GetMapping("/{id}/questions/{questionId}/edit")
    String editQuestion(@PathVariable Long id, @PathVariable Long questionId, Model model) {
        QuestionnaireView q = surveys.get(id);
        QuestionView question = q.questions().stream().filter(x -> x.id().equals(questionId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("survey.error.questionNotFound", questionId));
        model.addAttribute("q", q);
        model.addAttribute("question", question);
        model.addAttribute("questionForm", QuestionForm.of(question.kind(), question.text(), question.required(),
                question.options(), question.satisfiedThreshold(), question.correctOption()));
        return "survey/question-form";
    }

    @PostMapping("/{id}/questions/{questionId}")
    String updateQuestion(@PathVariable Long id, @PathVariable Long questionId,
                          @ModelAttribute("questionForm") QuestionForm form, BindingResult binding, Model model,
                          RedirectAttributes redirect, HttpServletResponse response) {
        try {
            surveys.updateQuestion(id, questionId, form);
            redirect.addFlashAttribute("notice", "common.saved");
            return "redirect:/surveys/" + id + "#questions";
        } catch (DomainException e) {
            Forms.rejected(e, binding, model, response);
        }
        QuestionnaireView q = surveys.get(id);
        model.addAttribute("q", q);
        model.addAttribute("question", q.questions().stream().filter(x -> x.id().equals(questionId)).findFirst().orElseThrow());
        return "survey/question-form";
    }

    @PostMapping("/{id}/questions/{questionId}/delete")
    String removeQuestion(@PathVariable Long id, @PathVariable Long questionId, RedirectAttributes redirect) {
        return act(id, redirect, "survey.notice.questionRemoved", () -> surveys.removeQuestion(id, questionId));
    }

    @PostMapping("/{id}/questions/{questionId}/move")
    String moveQuestion(@PathVariable Long id, @PathVariable Long questionId, @RequestParam int delta,
                        RedirectAttributes redirect) {
        return act(id, redirect, null, () -> surveys.moveQuestion(id, questionId, delta));
    }

    @PostMapping("/{id}/links")
    String createLink(@PathVariable Long id, @RequestParam(required = false) Long unitId, RedirectAttributes redirect) {
        return act(id, redirect, "survey.notice.linkCreated", () -> surveys.createLink(id, unitId));
    }

    @PostMapping("/{id}/links/{linkId}/active")
    String linkActive(@PathVariable Long id, @PathVariable Long linkId, @RequestParam boolean active,
                      RedirectAttributes redirect) {
        return act(id, redirect, active ? "survey.notice.linkOn" : "survey.notice.linkOff",
                () -> surveys.setLinkActive(id, linkId, active));
    }

    @PostMapping("/{id}/tokens")
    String generateTokens(@PathVariable Long id, @RequestParam(required = false) Long unitId,
                          @RequestParam(required = false) Integer count, RedirectAttributes redirect) {
        try {
            List<TokenView> made = surveys.generateTokens(id, unitId, count == null ? 0 : count);
            redirect.addFlashAttribute("notice", "survey.notice.tokensMade");
            redirect.addAttribute("batch", made.get(0).batch());
            return "redirect:/surveys/" + id + "/tokens";
        } catch (DomainException e) {
            Forms.failed(e, redirect);
            return "redirect:/surveys/" + id + "#distribution";
        }
    }

    /** A printable list of a batch's tokens with their links (for return-visit cards). */
    @GetMapping("/{id}/tokens")
    String tokens(@PathVariable Long id, @RequestParam(required = false) String batch, Model model) {
        model.addAttribute("q", surveys.get(id));
        model.addAttribute("tokens", surveys.tokens(id, batch));
        model.addAttribute("batch", batch);
        model.addAttribute("baseUrl", baseUrl());
        return "survey/tokens";
    }

    @GetMapping("/{id}/tokens/export")
    ResponseEntity<byte[]> exportTokens(@PathVariable Long id, @RequestParam(required = false) String batch, Locale locale) {
        String base = baseUrl();
        List<List<?>> rows = surveys.tokens(id, batch).stream().<List<?>>map(t -> List.<Object>of(t.code(), base + t.path(),
                t.unitName(), t.batch(), t.used() ? t.usedAt().toString() : "")).toList();
        byte[] body = ExcelSheet.write("tokens", List.of("code", "link", "unit", "batch", "usedAt"), rows);
        return excel(body, "survey-" + id + "-tokens.xlsx");
    }

    @GetMapping("/{id}/results")
    String results(@PathVariable Long id, @RequestParam(required = false) Long unitId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        SurveyResults r = results.results(id, unitId, from, to);
        model.addAttribute("q", surveys.get(id));
        model.addAttribute("r", r);
        model.addAttribute("unitId", unitId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("units", units.allVisible(false));
        List<Map<String, Object>> charts = new ArrayList<>();
        for (SurveyResults.QuestionResult qr : r.questions()) {
            if (!qr.counts().isEmpty()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("id", "chart-" + qr.question().id());
                c.put("labels", qr.counts().stream().map(SurveyResults.OptionCount::label).toList());
                c.put("values", qr.counts().stream().map(SurveyResults.OptionCount::count).toList());
                charts.add(c);
            }
        }
        model.addAttribute("charts", charts);
        return "survey/results";
    }

    @GetMapping("/{id}/results/responses.xlsx")
    ResponseEntity<byte[]> exportResponses(@PathVariable Long id, @RequestParam(required = false) Long unitId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale) {
        return excel(results.exportResponses(id, unitId, from, to, locale), "survey-" + id + "-responses.xlsx");
    }

    @GetMapping("/{id}/results/summary.xlsx")
    ResponseEntity<byte[]> exportSummary(@PathVariable Long id, @RequestParam(required = false) Long unitId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale) {
        return excel(results.exportSummary(id, unitId, from, to, locale), "survey-" + id + "-summary.xlsx");
    }

    @GetMapping("/{id}/responses")
    String responses(@PathVariable Long id, @RequestParam(required = false) Long unitId,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("q", surveys.get(id));
        model.addAttribute("mayWrite", surveys.mayWrite(id));
        model.addAttribute("page", responses.responses(id, unitId, from, to, true,
                PageRequests.of(page, PAGE_SIZE, RESPONSE_ORDER)));
        model.addAttribute("unitId", unitId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("units", units.allVisible(false));
        return "survey/responses";
    }

    @PostMapping("/{id}/responses/{responseId}/withdraw")
    String withdraw(@PathVariable Long id, @PathVariable Long responseId, @RequestParam(required = false) String reason,
                    @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            responses.withdraw(responseId, reason, version);
            redirect.addFlashAttribute("notice", "survey.notice.withdrawn");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/surveys/" + id + "/responses";
    }

    /** A staff questionnaire as the signed-in person answers it. */
    @GetMapping("/{id}/answer")
    String answerForm(@PathVariable Long id, Model model) {
        return answerPage(responses.staffSurvey(id), WebAnswers.empty(), null, model);
    }

    @PostMapping("/{id}/answer")
    String answer(@PathVariable Long id, @RequestParam MultiValueMap<String, String> form, Model model,
                  HttpServletResponse response) {
        QuestionnaireView q = responses.staffSurvey(id);
        WebAnswers answers = WebAnswers.read(q.questions(), form);
        try {
            responses.submitAsStaff(id, answers.submission);
            model.addAttribute("questionnaire", q);
            return "survey/thanks";
        } catch (DomainException e) {
            if (e instanceof AccessDeniedProblem || e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status().value());
            return answerPage(q, answers, e, model);
        }
    }

    private String answerPage(QuestionnaireView q, WebAnswers answers, DomainException error, Model model) {
        model.addAttribute("questionnaire", q);
        model.addAttribute("formAction", "/surveys/" + q.id() + "/answer");
        String refusal = q.status() == SurveyStatus.DRAFT ? "survey.error.notOpenYet"
                : q.status() == SurveyStatus.CLOSED ? "survey.error.closed"
                : responses.answeredByMe(q.id()) ? "survey.error.alreadyAnswered" : null;
        model.addAttribute("answerable", refusal == null);
        model.addAttribute("refusalKey", refusal);
        AnswerPage.errors(model, answers, error);
        return "survey/answer";
    }

    // ---------------------------------------------------------------- internals

    private String formPage(QuestionnaireForm form, QuestionnaireView q, Model model) {
        model.addAttribute("questionnaireForm", form);
        model.addAttribute("q", q);
        model.addAttribute("formAction", q == null ? "/surveys" : "/surveys/" + q.id());
        model.addAttribute("units", units.allVisible(true));
        return "survey/form";
    }

    private String act(Long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            if (notice != null) {
                redirect.addFlashAttribute("notice", notice);
            }
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/surveys/" + id;
    }

    static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    static ResponseEntity<byte[]> excel(byte[] body, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, ExcelSheet.CONTENT_TYPE)
                .body(body);
    }


}
