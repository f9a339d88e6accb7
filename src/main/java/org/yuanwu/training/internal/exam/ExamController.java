package org.yuanwu.training.internal.exam;

import org.yuanwu.common.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.training.ExamFilter;
import org.yuanwu.training.ExamForm;
import org.yuanwu.training.ExamInvitation;
import org.yuanwu.training.ExamKind;
import org.yuanwu.training.ExamMode;
import org.yuanwu.training.ExamPassMarkType;
import org.yuanwu.training.ExamResultService;
import org.yuanwu.training.ExamService;
import org.yuanwu.training.ExamStatus;
import org.yuanwu.training.ExamView;
import org.yuanwu.training.PaperAssembly;
import org.yuanwu.training.PaperRule;
import org.yuanwu.training.QuestionCategory;
import org.yuanwu.training.QuestionFilter;
import org.yuanwu.training.QuestionService;
import org.yuanwu.training.QuestionType;

/** The exam pages: the candidate's and examiner's list, the exam form, set-up (candidates, paper), results. */
@Controller
@RequestMapping("/exams")
class ExamController {

    private final ExamService exams;
    private final ExamResultService results;
    private final QuestionService questions;
    private final OrgUnitService units;

    ExamController(ExamService exams, ExamResultService results, QuestionService questions, OrgUnitService units) {
        this.exams = exams;
        this.results = results;
        this.questions = questions;
        this.units = units;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", ExamKind.values());
        model.addAttribute("modes", ExamMode.values());
        model.addAttribute("statuses", ExamStatus.values());
        model.addAttribute("passMarkTypes", ExamPassMarkType.values());
        model.addAttribute("assemblies", PaperAssembly.values());
    }

    /** Her own exams for everyone; for readers of training also the exams in their scope. */
    @GetMapping
    String list(ExamFilter filter, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("mine", results.mine());
        model.addAttribute("filter", filter);
        if (CurrentActor.get().can(Permissions.TRAINING_READ)) {
            model.addAttribute("page", exams.search(filter, PageRequests.of(page, 20, ExamApiController.ORDER)));
            model.addAttribute("units", units.allVisible(false));
        }
        return "training/exam-list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        CurrentActor.require(Permissions.TRAINING_WRITE);
        ExamForm form = new ExamForm();
        form.setUnitId(CurrentActor.get().scopeUnitId());
        LocalDateTime start = LocalDate.now(ExamView.ZONE).plusDays(1).atTime(9, 0);
        form.setOpensAt(start);
        form.setClosesAt(start.plusDays(7));
        return formPage(form, null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("examForm") ExamForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                ExamView created = exams.create(form);
                redirect.addFlashAttribute("notice", "exam.notice.created");
                return "redirect:/exams/" + created.id();
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
        ExamView exam = exams.get(id);
        return formPage(ExamForm.of(exam), exam, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("examForm") ExamForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                exams.update(id, form);
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/exams/" + id;
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        } else {
            response.setStatus(400);
        }
        return formPage(form, exams.get(id), model);
    }

    /** The set-up page: settings, candidates, paper, publishing. */
    @GetMapping("/{id}")
    String show(@PathVariable Long id, QuestionFilter bankFilter, Model model) {
        ExamView exam = exams.get(id);
        model.addAttribute("exam", exam);
        if (exam.manages()) {
            model.addAttribute("paper", exams.paper(id));
            model.addAttribute("candidates", exams.candidates(id));
            model.addAttribute("units", units.allVisible(true));
            model.addAttribute("titles", ProfessionalTitle.values());
            model.addAttribute("levels", NurseLevel.values());
            model.addAttribute("types", QuestionType.values());
            model.addAttribute("categories", QuestionCategory.values());
            if (exam.status() == ExamStatus.DRAFT && exam.assembly() == PaperAssembly.MANUAL) {
                model.addAttribute("bankFilter", bankFilter);
                model.addAttribute("bank", questions.search(bankFilter, PageRequest.of(0, 200,
                        org.springframework.data.domain.Sort.by("id"))).getContent());
                Set<Long> chosen = new LinkedHashSet<>();
                exams.paper(id).questions().forEach(q -> chosen.add(q.question().id()));
                model.addAttribute("chosen", chosen);
            }
        }
        return "training/exam-detail";
    }

    @PostMapping("/{id}/candidates")
    String invite(@PathVariable Long id, ExamInvitation invitation, RedirectAttributes redirect) {
        try {
            ExamView exam = exams.invite(id, invitation);
            redirect.addFlashAttribute("notice", "exam.notice.invited");
            redirect.addFlashAttribute("noticeArgs", new Object[] {exam.candidateCount()});
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/exams/" + id + "#candidates";
    }

    @PostMapping("/{id}/paper/questions")
    String setQuestions(@PathVariable Long id, @RequestParam(required = false) List<Long> questionIds,
                        RedirectAttributes redirect) {
        try {
            exams.setQuestions(id, questionIds, null);
            redirect.addFlashAttribute("notice", "exam.notice.paperSaved");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/exams/" + id + "#paper";
    }

    /** Up to ten rule rows; rows without a count are ignored. */
    @PostMapping("/{id}/paper/rules")
    String setRules(@PathVariable Long id, @RequestParam(required = false) List<String> category,
                    @RequestParam(required = false) List<String> difficulty, @RequestParam(required = false) List<String> type,
                    @RequestParam(required = false) List<String> count, @RequestParam(required = false) List<String> pointsEach,
                    RedirectAttributes redirect) {
        try {
            List<PaperRule> list = new ArrayList<>();
            int rows = count == null ? 0 : count.size();
            for (int i = 0; i < rows; i++) {
                if (count.get(i) == null || count.get(i).isBlank()) {
                    continue;
                }
                list.add(new PaperRule(QuestionCategory.valueOf(at(category, i)), blankToNull(at(difficulty, i)),
                        QuestionType.valueOf(at(type, i)), Integer.valueOf(count.get(i).strip()),
                        blankToNull(at(pointsEach, i))));
            }
            exams.setRules(id, list);
            redirect.addFlashAttribute("notice", "exam.notice.paperSaved");
        } catch (NumberFormatException e) {
            Forms.failed(DomainException.invalid("rules", "exam.error.ruleNumbers"), redirect);
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/exams/" + id + "#paper";
    }

    private static String at(List<String> list, int i) {
        return list == null || i >= list.size() ? "" : list.get(i);
    }

    private static Integer blankToNull(String s) {
        return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            exams.publish(id, version);
            redirect.addFlashAttribute("notice", "exam.notice.published");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/exams/" + id;
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable Long id, @RequestParam(required = false) Long version,
                    @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            exams.withdraw(id, version, reason);
            redirect.addFlashAttribute("notice", "exam.notice.withdrawn");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/exams/" + id;
    }

    // ---------------------------------------------------------------- results

    @GetMapping("/{id}/results")
    String results(@PathVariable Long id, Model model) {
        ExamView exam = exams.get(id);
        model.addAttribute("exam", exam);
        model.addAttribute("rows", results.results(id));
        model.addAttribute("unitRows", results.byUnit(id));
        if (exam.manages()) {
            var stats = results.itemAnalysis(id);
            model.addAttribute("items", stats);
            model.addAttribute("chartLabels", stats.stream().map(s -> "Q" + s.position()).toList());
            model.addAttribute("chartDifficulty", stats.stream().map(s -> s.difficulty()).toList());
            model.addAttribute("chartDiscrimination", stats.stream().map(s -> s.discrimination()).toList());
        }
        return "training/exam-results";
    }

    @GetMapping("/{id}/results/export")
    ResponseEntity<byte[]> exportResults(@PathVariable Long id) {
        return QuestionBankApiController.workbook("exam-" + id + "-results.xlsx", results.resultsWorkbook(id));
    }

    @GetMapping("/{id}/results/units/export")
    ResponseEntity<byte[]> exportUnits(@PathVariable Long id) {
        return QuestionBankApiController.workbook("exam-" + id + "-units.xlsx", results.unitWorkbook(id));
    }

    @GetMapping("/people/{staffId}")
    String person(@PathVariable Long staffId, Model model) {
        model.addAttribute("staffId", staffId);
        model.addAttribute("rows", results.person(staffId));
        return "training/exam-person";
    }

    @GetMapping("/people/{staffId}/export")
    ResponseEntity<byte[]> exportPerson(@PathVariable Long staffId) {
        return QuestionBankApiController.workbook("exams-" + staffId + ".xlsx", results.personWorkbook(staffId));
    }

    private String formPage(ExamForm form, ExamView exam, Model model) {
        model.addAttribute("examForm", form);
        model.addAttribute("exam", exam);
        model.addAttribute("formAction", exam == null ? "/exams" : "/exams/" + exam.id());
        model.addAttribute("units", units.allVisible(true));
        return "training/exam-form";
    }

    static BigDecimal parseScore(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("score", "exam.error.scoreInvalid");
        }
    }
}
