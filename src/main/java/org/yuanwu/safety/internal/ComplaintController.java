package org.yuanwu.safety.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.common.web.Forms;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.safety.ComplainantSatisfaction;
import org.yuanwu.safety.ComplaintCategory;
import org.yuanwu.safety.ComplaintChannel;
import org.yuanwu.safety.ComplaintFilter;
import org.yuanwu.safety.ComplaintForm;
import org.yuanwu.safety.ComplaintKind;
import org.yuanwu.safety.ComplaintService;
import org.yuanwu.safety.ComplaintStatus;
import org.yuanwu.safety.ComplaintSteps;
import org.yuanwu.safety.ComplaintView;

/** The complaint pages: the list with filters and export, registration, and the page with its steps. */
@Controller
@RequestMapping("/safety/complaints")
class ComplaintController {

    static final int PAGE_SIZE = 20;
    static final Sort ORDER = Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("id"));

    private final ComplaintService complaints;
    private final OrgUnitService units;

    ComplaintController(ComplaintService complaints, OrgUnitService units) {
        this.complaints = complaints;
        this.units = units;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", ComplaintKind.values());
        model.addAttribute("channels", ComplaintChannel.values());
        model.addAttribute("categories", ComplaintCategory.values());
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("satisfactions", ComplainantSatisfaction.values());
        model.addAttribute("answerDays", complaints.answerDays());
    }

    @GetMapping
    String list(ComplaintFilter filter, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", complaints.search(filter, PageRequests.of(page, PAGE_SIZE, ORDER)));
        model.addAttribute("units", units.allVisible(false));
        return "safety/list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(ComplaintFilter filter, Locale locale) {
        return excel(complaints.export(filter, locale), "complaints-" + LocalDate.now() + ".xlsx");
    }

    static ResponseEntity<byte[]> excel(byte[] body, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, ExcelSheet.CONTENT_TYPE)
                .body(body);
    }

    @GetMapping("/new")
    String newForm(Model model) {
        ComplaintForm form = new ComplaintForm();
        form.setReceivedOn(complaints.today());
        form.setUnitId(CurrentActor.get().scopeUnitId());
        return formPage(form, null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("complaintForm") ComplaintForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                ComplaintView created = complaints.create(form);
                redirect.addFlashAttribute("notice", "safety.notice.created");
                return "redirect:/safety/complaints/" + created.id();
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return formPage(form, null, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("c", complaints.get(id));
        model.addAttribute("mayWrite", complaints.mayWrite(id));
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("today", complaints.today());
        return "safety/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        ComplaintView c = complaints.get(id);
        return formPage(ComplaintForm.of(c), c, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("complaintForm") ComplaintForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                complaints.update(id, form);
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/safety/complaints/" + id;
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return formPage(form, complaints.get(id), model);
    }

    @PostMapping("/{id}/assign")
    String assign(@PathVariable Long id, @RequestParam(required = false) Long responsibleUnitId,
                  @RequestParam(required = false) String responsiblePerson,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, "safety.notice.assigned", () -> complaints.assign(id,
                new ComplaintSteps.Assignment(responsibleUnitId, responsiblePerson, dueOn, version)));
    }

    @PostMapping("/{id}/answer")
    String answer(@PathVariable Long id, @RequestParam(required = false) String answer,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredOn,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, "safety.notice.answered",
                () -> complaints.answer(id, new ComplaintSteps.Answer(answer, answeredOn, version)));
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable Long id, @RequestParam(required = false) ComplainantSatisfaction satisfaction,
                 @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, "safety.notice.closed",
                () -> complaints.close(id, new ComplaintSteps.Closing(satisfaction, version)));
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable Long id, @RequestParam(required = false) String reason,
                    @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, "safety.notice.withdrawn",
                () -> complaints.withdraw(id, new ComplaintSteps.Withdrawal(reason, version)));
    }

    private String step(Long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainException e) {
            if (e instanceof AccessDeniedProblem || e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("actionError", e.messageKey());
            redirect.addFlashAttribute("actionErrorArgs", e.args());
        }
        return "redirect:/safety/complaints/" + id;
    }

    private String formPage(ComplaintForm form, ComplaintView c, Model model) {
        model.addAttribute("complaintForm", form);
        model.addAttribute("c", c);
        model.addAttribute("formAction", c == null ? "/safety/complaints" : "/safety/complaints/" + c.id());
        model.addAttribute("units", units.allVisible(true));
        return "safety/form";
    }

}
