package org.yuanwu.plan.internal;

import org.yuanwu.common.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.yuanwu.indicator.IndicatorCatalog;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;
import org.yuanwu.plan.ItemKind;
import org.yuanwu.plan.PlanItemForm;
import org.yuanwu.plan.PlanItemService;
import org.yuanwu.plan.PlanItemView;
import org.yuanwu.plan.PlanProgressService;
import org.yuanwu.plan.PlanService;
import org.yuanwu.plan.PlanView;
import org.yuanwu.plan.TargetComparator;

/** A plan item's page (values per unit, evidence), its form, ticking off and evidence upload. */
@Controller
@RequestMapping("/plans/{planId}/items")
class PlanItemController {

    private final org.yuanwu.plan.DutyService duties;
    private final PlanService plans;
    private final PlanItemService items;
    private final PlanProgressService progress;
    private final IndicatorCatalog catalog;
    private final OrgUnitService units;
    private final StaffService staff;

    PlanItemController(PlanService plans, PlanItemService items, PlanProgressService progress, IndicatorCatalog catalog,
                       OrgUnitService units, StaffService staff, org.yuanwu.plan.DutyService duties) {
        this.duties = duties;
        this.plans = plans;
        this.items = items;
        this.progress = progress;
        this.catalog = catalog;
        this.units = units;
        this.staff = staff;
    }

    @GetMapping("/new")
    String newForm(@PathVariable Long planId, Model model) {
        return formPage(plans.get(planId), new PlanItemForm(), null, model);
    }

    @PostMapping
    String create(@PathVariable Long planId, @Valid @ModelAttribute("itemForm") PlanItemForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                items.add(planId, form);
                redirect.addFlashAttribute("notice", "plan.notice.itemAdded");
                return "redirect:/plans/" + planId + "#items";
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        }
        return formPage(plans.get(planId), form, null, model);
    }

    @GetMapping("/{itemId}")
    String show(@PathVariable Long planId, @PathVariable Long itemId, Model model) {
        model.addAttribute("plan", plans.get(planId));
        model.addAttribute("actions", plans.actions(planId));
        var entry = progress.itemProgress(planId, itemId);
        model.addAttribute("entry", entry);
        model.addAttribute("coveredUnitNames", entry.item().coveredUnitIds().stream()
                .map(id -> units.find(id).map(UnitView::name).orElse("#" + id)).toList());
        model.addAttribute("attachments", items.attachments(planId, itemId));
        model.addAttribute("dutyRules", duties.rules(planId, itemId));
        model.addAttribute("dutyOccurrences", duties.occurrences(planId, itemId));
        model.addAttribute("dutyFrequencies", org.yuanwu.plan.DutyFrequency.values());
        model.addAttribute("weekdays", java.time.DayOfWeek.values());
        return "plan/item";
    }

    /** Adds a recurring duty to the item; its occurrences for the plan's period are generated at once. */
    @PostMapping("/{itemId}/duties")
    String addDuty(@PathVariable Long planId, @PathVariable Long itemId,
                   @org.springframework.web.bind.annotation.RequestParam(required = false) String title,
                   @org.springframework.web.bind.annotation.RequestParam(required = false) org.yuanwu.plan.DutyFrequency frequency,
                   @org.springframework.web.bind.annotation.RequestParam(required = false) Integer dayOfMonth,
                   @org.springframework.web.bind.annotation.RequestParam(required = false) String monthDay,
                   @org.springframework.web.bind.annotation.RequestParam(required = false) java.time.DayOfWeek weekday,
                   @org.springframework.web.bind.annotation.RequestParam(required = false) Long responsibleUnitId,
                   org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            duties.addRule(planId, itemId, new org.yuanwu.plan.DutyRuleForm(title, frequency, dayOfMonth,
                    monthDay == null || monthDay.isBlank() ? null : monthDay.trim(), weekday, responsibleUnitId, null));
            redirect.addFlashAttribute("dutyNotice", "plan.duty.added");
        } catch (org.yuanwu.common.DomainException e) {
            redirect.addFlashAttribute("dutyError", e.messageKey());
            redirect.addFlashAttribute("dutyErrorArgs", e.args());
        }
        return "redirect:/plans/" + planId + "/items/" + itemId;
    }

    /** Withdraws a duty rule (with a reason): open occurrences go, done ones stay. */
    @PostMapping("/{itemId}/duties/{ruleId}/withdraw")
    String withdrawDuty(@PathVariable Long planId, @PathVariable Long itemId, @PathVariable Long ruleId,
                        @org.springframework.web.bind.annotation.RequestParam(required = false) Long version,
                        @org.springframework.web.bind.annotation.RequestParam(required = false) String reason,
                        org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        return dutyChange(planId, itemId, redirect, "plan.duty.withdrawn",
                () -> duties.withdrawRule(planId, itemId, ruleId, version, reason));
    }

    @PostMapping("/{itemId}/duties/{ruleId}/reinstate")
    String reinstateDuty(@PathVariable Long planId, @PathVariable Long itemId, @PathVariable Long ruleId,
                         @org.springframework.web.bind.annotation.RequestParam(required = false) Long version,
                         org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        return dutyChange(planId, itemId, redirect, "plan.duty.reinstated",
                () -> duties.reinstateRule(planId, itemId, ruleId, version));
    }

    private String dutyChange(Long planId, Long itemId, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect,
                              String notice, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("dutyNotice", notice);
        } catch (org.yuanwu.common.DomainException e) {
            redirect.addFlashAttribute("dutyError", e.messageKey());
            redirect.addFlashAttribute("dutyErrorArgs", e.args());
        }
        return "redirect:/plans/" + planId + "/items/" + itemId;
    }

    @GetMapping("/{itemId}/edit")
    String editForm(@PathVariable Long planId, @PathVariable Long itemId, Model model) {
        PlanItemView item = items.item(planId, itemId);
        return formPage(plans.get(planId), PlanItemForm.of(item), item, model);
    }

    @PostMapping("/{itemId}")
    String update(@PathVariable Long planId, @PathVariable Long itemId, @Valid @ModelAttribute("itemForm") PlanItemForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                items.update(planId, itemId, form);
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/plans/" + planId + "#items";
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        }
        return formPage(plans.get(planId), form, items.item(planId, itemId), model);
    }

    @PostMapping("/{itemId}/delete")
    String delete(@PathVariable Long planId, @PathVariable Long itemId, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        try {
            items.remove(planId, itemId, version);
            redirect.addFlashAttribute("notice", "plan.notice.itemRemoved");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/plans/" + planId + "#items";
    }

    @PostMapping("/{itemId}/done")
    String done(@PathVariable Long planId, @PathVariable Long itemId, @RequestParam boolean done,
                @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            items.markDone(planId, itemId, done, version);
            redirect.addFlashAttribute("notice", done ? "plan.notice.done" : "plan.notice.undone");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/plans/" + planId + "/items/" + itemId;
    }

    @PostMapping("/{itemId}/attachments")
    String upload(@PathVariable Long planId, @PathVariable Long itemId,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        try {
            if (file == null || file.isEmpty()) {
                throw DomainException.invalid("file", "plan.error.attachmentEmpty");
            }
            if (file.getSize() > EvidenceFiles.MAX_BYTES) {
                throw DomainException.invalid("file", "plan.error.attachmentTooLarge", EvidenceFiles.MAX_BYTES / (1024 * 1024));
            }
            items.attach(planId, itemId, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("notice", "plan.notice.attached");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        } catch (IOException e) {
            Forms.failed(DomainException.invalid("file", "plan.error.attachmentUnreadable"), redirect);
        }
        return "redirect:/plans/" + planId + "/items/" + itemId;
    }

    @GetMapping("/{itemId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable Long planId, @PathVariable Long itemId, @PathVariable Long attachmentId) {
        return PlanApiController.file(items.download(planId, itemId, attachmentId));
    }

    @PostMapping("/{itemId}/attachments/{attachmentId}/delete")
    String deleteAttachment(@PathVariable Long planId, @PathVariable Long itemId, @PathVariable Long attachmentId,
                            RedirectAttributes redirect) {
        try {
            items.removeAttachment(planId, itemId, attachmentId);
            redirect.addFlashAttribute("notice", "plan.notice.attachmentRemoved");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/plans/" + planId + "/items/" + itemId;
    }

    private String formPage(PlanView plan, PlanItemForm form, PlanItemView item, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("itemForm", form);
        model.addAttribute("item", item);
        model.addAttribute("formAction", "/plans/" + plan.id() + "/items" + (item == null ? "" : "/" + item.id()));
        model.addAttribute("itemKinds", ItemKind.values());
        model.addAttribute("comparators", TargetComparator.values());
        model.addAttribute("indicators", catalog.all());
        model.addAttribute("unitChoices", unitChoices(plan));
        model.addAttribute("staffNames", staffNames(plan));
        return "plan/item-form";
    }

    /** The plan's unit and the active units below it that the person can see. */
    private List<UnitView> unitChoices(PlanView plan) {
        String prefix = units.find(plan.unitId()).map(UnitView::path).orElse("/none/");
        return units.allVisible(true).stream().filter(u -> u.path().startsWith(prefix)).toList();
    }

    /** Names for the owner field's suggestions: staff of the plan's unit, for those who may read the register. */
    private List<String> staffNames(PlanView plan) {
        if (!CurrentActor.get().can(Permissions.STAFF_READ)) {
            return List.of();
        }
        return staff.search(new StaffFilter(null, plan.unitId(), null, null, null, null),
                        PageRequest.of(0, 300, Sort.by("name")))
                .map(StaffView::name).stream().distinct().toList();
    }
}
