package org.yuanwu.organization.internal;

import jakarta.validation.Valid;
import java.util.List;
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
import org.yuanwu.common.DomainException;
import org.yuanwu.common.web.Forms;
import org.yuanwu.organization.HygieneClass;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.UnitForm;
import org.yuanwu.organization.UnitView;

/** The org tree page: search, lazy expansion (htmx), and the unit form with move and deactivate. */
@Controller
@RequestMapping("/org")
class OrgUnitController {

    private final OrgUnitService units;

    OrgUnitController(OrgUnitService units) {
        this.units = units;
    }

    @GetMapping
    String tree(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("results", units.search(q, 200));
        } else {
            model.addAttribute("nodes", units.roots());
        }
        return "organization/tree";
    }

    /** One level of the tree, fetched when a node is expanded. */
    @GetMapping("/{id}/children")
    String children(@PathVariable Long id, Model model) {
        model.addAttribute("nodes", units.children(id));
        return "organization/tree :: nodes";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long parentId, Model model) {
        UnitForm form = new UnitForm();
        form.setParentId(parentId);
        form.setKind(OrgUnitKind.WARD);
        return form(form, null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                UnitView created = units.create(form);
                redirect.addFlashAttribute("notice", "org.notice.created");
                return "redirect:/org/" + created.id();
            } catch (DomainException e) {
                Forms.reject(binding, e);
            }
        }
        return form(form, null, model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        UnitView unit = units.get(id);
        return form(UnitForm.of(unit), unit, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                units.update(id, form);
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/org/" + id;
            } catch (DomainException e) {
                Forms.reject(binding, e);
            }
        }
        return form(form, units.get(id), model);
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable Long id, @RequestParam(required = false) Long parentId, @RequestParam Long version,
                RedirectAttributes redirect) {
        return act(id, redirect, () -> units.move(id, parentId, version), "org.notice.moved");
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable Long id, @RequestParam(required = false) String reason, @RequestParam Long version,
                      RedirectAttributes redirect) {
        return act(id, redirect, () -> units.deactivate(id, reason, version), "org.notice.deactivated");
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable Long id, @RequestParam Long version, RedirectAttributes redirect) {
        return act(id, redirect, () -> units.reactivate(id, version), "org.notice.reactivated");
    }

    private String act(Long id, RedirectAttributes redirect, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainException e) {
            redirect.addFlashAttribute("actionError", e.messageKey());
            redirect.addFlashAttribute("actionErrorArgs", e.args());
        }
        return "redirect:/org/" + id;
    }

    private String form(UnitForm form, UnitView unit, Model model) {
        List<UnitView> all = units.allVisible(false);
        model.addAttribute("form", form);
        model.addAttribute("unit", unit);
        model.addAttribute("kinds", OrgUnitKind.values());
        model.addAttribute("hygieneClasses", HygieneClass.values());
        model.addAttribute("parents", all.stream().filter(UnitView::active).toList());
        model.addAttribute("moveTargets", unit == null ? List.of()
                : all.stream().filter(u -> u.active() && !u.path().startsWith(unit.path())).toList());
        return "organization/unit-form";
    }
}
