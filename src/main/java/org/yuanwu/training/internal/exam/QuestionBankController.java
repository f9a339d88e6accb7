package org.yuanwu.training.internal.exam;

import org.yuanwu.common.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.organization.ImportMode;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.training.QuestionCategory;
import org.yuanwu.training.QuestionFilter;
import org.yuanwu.training.QuestionForm;
import org.yuanwu.training.QuestionService;
import org.yuanwu.training.QuestionType;
import org.yuanwu.training.QuestionView;

/** The question bank pages: list with filters, form, withdraw, Excel import with its report, export. */
@Controller
@RequestMapping("/training/questions")
class QuestionBankController {

    private final QuestionService questions;
    private final OrgUnitService units;

    QuestionBankController(QuestionService questions, OrgUnitService units) {
        this.questions = questions;
        this.units = units;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("types", QuestionType.values());
        model.addAttribute("categories", QuestionCategory.values());
    }

    @GetMapping
    String list(QuestionFilter filter, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", questions.search(filter, PageRequests.of(page, 20, QuestionBankApiController.ORDER)));
        model.addAttribute("units", units.allVisible(false));
        return "training/question-list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(QuestionFilter filter) {
        return QuestionBankApiController.workbook("questions.xlsx", questions.exportWorkbook(filter));
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template() {
        return QuestionBankApiController.workbook("question-template.xlsx", questions.template());
    }

    @GetMapping("/new")
    String newForm(Model model) {
        CurrentActor.require(Permissions.TRAINING_WRITE);
        QuestionForm form = new QuestionForm();
        form.setUnitId(CurrentActor.get().scopeUnitId());
        return formPage(form, null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("questionForm") QuestionForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                questions.create(form);
                redirect.addFlashAttribute("notice", "exam.notice.questionSaved");
                return "redirect:/training/questions";
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        } else {
            response.setStatus(400);
        }
        return formPage(form, null, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        QuestionView q = questions.get(id);
        return formPage(QuestionForm.of(q), q, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("questionForm") QuestionForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                QuestionView saved = questions.update(id, form);
                redirect.addFlashAttribute("notice", saved.id().equals(id) ? "exam.notice.questionSaved"
                        : "exam.notice.questionNewVersion");
                return "redirect:/training/questions";
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        } else {
            response.setStatus(400);
        }
        return formPage(form, questions.get(id), model);
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable Long id, @RequestParam(required = false) Long version,
                    @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            questions.withdraw(id, version, reason);
            redirect.addFlashAttribute("notice", "exam.notice.questionWithdrawn");
            return "redirect:/training/questions";
        } catch (DomainException e) {
            Forms.failed(e, redirect);
            return "redirect:/training/questions/" + id + "/edit";
        }
    }

    @GetMapping("/import")
    String importPage(Model model) {
        CurrentActor.require(Permissions.TRAINING_WRITE);
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("modes", ImportMode.values());
        return "training/question-import";
    }

    @PostMapping("/import")
    String importWorkbook(@RequestParam(required = false) Long unitId, @RequestParam(required = false) ImportMode mode,
                          @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response) {
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("modes", ImportMode.values());
        model.addAttribute("unitId", unitId);
        model.addAttribute("mode", mode);
        try {
            if (file == null || file.isEmpty()) {
                throw DomainException.invalid("file", "exam.import.noFile");
            }
            model.addAttribute("report", questions.importWorkbook(unitId, file.getInputStream(), mode));
        } catch (DomainException e) {
            if (e.status() == org.springframework.http.HttpStatus.FORBIDDEN) {
                throw e;
            }
            model.addAttribute("importError", e.messageKey());
            model.addAttribute("importErrorArgs", e.args());
            response.setStatus(400);
        } catch (IOException e) {
            model.addAttribute("importError", "exam.import.unreadable");
            response.setStatus(400);
        }
        return "training/question-import";
    }

    private String formPage(QuestionForm form, QuestionView question, Model model) {
        model.addAttribute("questionForm", form);
        model.addAttribute("question", question);
        model.addAttribute("formAction", question == null ? "/training/questions" : "/training/questions/" + question.id());
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("versions", question == null ? java.util.List.of() : questions.versions(question.id()));
        return "training/question-form";
    }
}
