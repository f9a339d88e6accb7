package org.yuanwu.quality.internal;

import org.yuanwu.common.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
import org.yuanwu.quality.QualityTemplates;
import org.yuanwu.quality.TemplateForm;
import org.yuanwu.quality.TemplateKind;
import org.yuanwu.quality.TemplateStatus;
import org.yuanwu.quality.TemplateView;

/** Template pages: the library, a template with its items, and the editor (QUALITY_MANAGE). */
@Controller
@RequestMapping("/quality/templates")
class TemplateController {

    static final int BLANK_ROWS = 5;

    private final QualityTemplates templates;

    TemplateController(QualityTemplates templates) {
        this.templates = templates;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", TemplateKind.values());
        model.addAttribute("templateStatuses", TemplateStatus.values());
    }

    @GetMapping
    String list(@RequestParam(required = false) TemplateStatus status, Model model) {
        model.addAttribute("templates", templates.list(status));
        model.addAttribute("status", status);
        return "quality/templates";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("template", templates.get(id));
        return "quality/template";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        CurrentActor.require(Permissions.QUALITY_MANAGE);
        TemplateForm form = new TemplateForm();
        form.setKind(TemplateKind.NURSING_QUALITY);
        return form(form, null, null, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        CurrentActor.require(Permissions.QUALITY_MANAGE);
        TemplateView t = templates.get(id);
        return form(TemplateForm.of(t), t, null, model);
    }

    @PostMapping
    String create(@ModelAttribute("templateForm") TemplateForm form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        try {
            TemplateView t = templates.create(form);
            redirect.addFlashAttribute("notice", "quality.notice.templateSaved");
            return "redirect:/quality/templates/" + t.id();
        } catch (DomainException e) {
            InspectionController.rethrowRefusal(e);
            response.setStatus(e.status().value());
            return form(form, null, e, model);
        }
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @ModelAttribute("templateForm") TemplateForm form, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        try {
            TemplateView t = templates.update(id, form);
            redirect.addFlashAttribute("notice", t.id().equals(id) ? "quality.notice.templateSaved"
                    : "quality.notice.templateNewVersion");
            return "redirect:/quality/templates/" + t.id();
        } catch (DomainException e) {
            InspectionController.rethrowRefusal(e);
            response.setStatus(e.status().value());
            return form(form, templates.get(id), e, model);
        }
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            templates.activate(id, version);
            redirect.addFlashAttribute("notice", "quality.notice.templateActivated");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/quality/templates/" + id;
    }

    @PostMapping("/{id}/retire")
    String retire(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            templates.retire(id, version);
            redirect.addFlashAttribute("notice", "quality.notice.templateRetired");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/quality/templates/" + id;
    }

    private String form(TemplateForm form, TemplateView template, DomainException error, Model model) {
        for (int i = 0; i < BLANK_ROWS; i++) {
            form.getItems().add(new TemplateForm.Item());
        }
        model.addAttribute("templateForm", form);
        model.addAttribute("template", template);
        model.addAttribute("error", error);
        model.addAttribute("formAction", template == null ? "/quality/templates" : "/quality/templates/" + template.id());
        return "quality/template-form";
    }
}
