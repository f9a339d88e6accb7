package org.yuanwu.plan.internal;

import org.yuanwu.common.HospitalTime;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
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
import org.yuanwu.common.web.Forms;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.plan.PlanAction;
import org.yuanwu.plan.PlanFilter;
import org.yuanwu.plan.PlanForm;
import org.yuanwu.plan.PlanHistoryEntry;
import org.yuanwu.plan.PlanKind;
import org.yuanwu.plan.PlanProgress;
import org.yuanwu.plan.PlanProgressService;
import org.yuanwu.plan.PlanService;
import org.yuanwu.plan.PlanStatus;
import org.yuanwu.plan.PlanView;

/** The plan pages: the list with filters, the plan form, and the plan page with items, lifecycle and history. */
@Controller
@RequestMapping("/plans")
class PlanController {

    static final int PAGE_SIZE = 20;
    static final int PANEL_SIZE = 10;
    static final Sort ORDER = Sort.by(Sort.Order.desc("year"), Sort.Order.desc("id"));
    private static final ZoneId ZONE = HospitalTime.ZONE;

    private final PlanService plans;
    private final PlanProgressService progress;
    private final OrgUnitService units;

    PlanController(PlanService plans, PlanProgressService progress, OrgUnitService units) {
        this.plans = plans;
        this.progress = progress;
        this.units = units;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", PlanKind.values());
        model.addAttribute("statuses", PlanStatus.values());
        int year = LocalDate.now(ZONE).getYear();
        model.addAttribute("years", IntStream.rangeClosed(year - 5, year + 2).boxed().sorted((a, b) -> b - a).toList());
    }

    @GetMapping
    String list(PlanFilter filter, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", plans.search(filter, PageRequests.of(page, PAGE_SIZE, ORDER)));
        model.addAttribute("units", units.allVisible(false));
        return "plan/list";
    }

    /** Rows of the dashboard's plan panel: a plan and how far it has come. */
    record PanelRow(PlanView plan, PlanProgress progress) {
    }

    /**
     * The plan-progress panel of the indicator dashboard (loaded there by htmx, so the indicator
     * module does not depend on plans): the year's plans of the unit and the units below it.
     */
    @GetMapping("/panel")
    String panel(@RequestParam Long unitId, @RequestParam int year, Model model) {
        Page<PlanView> page = plans.search(new PlanFilter(year, unitId, null, null),
                PageRequests.of(0, PANEL_SIZE, Sort.by(Sort.Order.asc("unitId"), Sort.Order.asc("kind"), Sort.Order.asc("id"))));
        model.addAttribute("panelRows", page.getContent().stream()
                .map(plan -> new PanelRow(plan, progress.progress(plan.id()))).toList());
        model.addAttribute("panelTotal", page.getTotalElements());
        model.addAttribute("panelUnitId", unitId);
        model.addAttribute("panelYear", String.valueOf(year)); // a string: MessageFormat would write 2026 as "2,026"
        return "plan/panel :: panel";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        PlanForm form = new PlanForm();
        LocalDate today = LocalDate.now(ZONE);
        form.setYear(today.getMonthValue() >= 10 ? today.getYear() + 1 : today.getYear());
        form.setUnitId(CurrentActor.get().scopeUnitId());
        return formPage(form, null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("planForm") PlanForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                PlanView created = plans.create(form);
                redirect.addFlashAttribute("notice", "plan.notice.created");
                return "redirect:/plans/" + created.id();
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        }
        return formPage(form, null, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        PlanView plan = plans.get(id);
        List<PlanHistoryEntry> history = plans.history(id);
        model.addAttribute("plan", plan);
        model.addAttribute("actions", plans.actions(id));
        model.addAttribute("progress", progress.progress(id));
        model.addAttribute("history", history.stream().filter(h -> h.action() != PlanAction.COMMENT).toList());
        model.addAttribute("comments", history.stream().filter(h -> h.action() == PlanAction.COMMENT).toList());
        return "plan/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        PlanView plan = plans.get(id);
        return formPage(PlanForm.of(plan), plan, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("planForm") PlanForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                plans.update(id, form);
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/plans/" + id;
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        }
        return formPage(form, plans.get(id), model);
    }

    /** Submit, approve, return, start or close, with the comment typed beside the buttons. */
    @PostMapping("/{id}/transition")
    String transition(@PathVariable Long id, @RequestParam String action, @RequestParam(required = false) Long version,
                      @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        try {
            plans.act(id, action, version, comment);
            redirect.addFlashAttribute("notice", "plan.notice." + action);
        } catch (DomainException e) {
            Forms.failed(e, redirect);
            if (comment != null && !comment.isBlank()) {
                redirect.addFlashAttribute("typedComment", comment); // kept in the box, not lost
            }
        }
        return "redirect:/plans/" + id;
    }

    @PostMapping("/{id}/comments")
    String comment(@PathVariable Long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        try {
            plans.comment(id, text);
            redirect.addFlashAttribute("notice", "plan.notice.commented");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/plans/" + id + "#comments";
    }

    @PostMapping("/{id}/copy")
    String copy(@PathVariable Long id, RedirectAttributes redirect) {
        try {
            PlanView copy = plans.copyToNextYear(id);
            redirect.addFlashAttribute("notice", "plan.notice.copied");
            return "redirect:/plans/" + copy.id();
        } catch (DomainException e) {
            Forms.failed(e, redirect);
            return "redirect:/plans/" + id;
        }
    }

    private String formPage(PlanForm form, PlanView plan, Model model) {
        model.addAttribute("planForm", form);
        model.addAttribute("plan", plan);
        model.addAttribute("formAction", plan == null ? "/plans" : "/plans/" + plan.id());
        model.addAttribute("units", units.allVisible(true));
        return "plan/form";
    }

    /** A rule failure the person can fix goes beside its field; a refusal shows the error page. */

}
