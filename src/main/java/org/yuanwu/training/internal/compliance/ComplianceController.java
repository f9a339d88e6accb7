package org.yuanwu.training.internal.compliance;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.yuanwu.common.DomainException;
import org.yuanwu.common.HospitalTime;
import org.yuanwu.common.web.Forms;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.training.ComplianceRequirement;
import org.yuanwu.training.ComplianceRow;
import org.yuanwu.training.ComplianceRuleForm;
import org.yuanwu.training.ComplianceRuleView;
import org.yuanwu.training.ComplianceService;
import org.yuanwu.training.ExamKind;

/** The compliance list (who is missing what, per unit, with due dates) and the rule forms. */
@Controller
@RequestMapping("/training/compliance")
class ComplianceController {

    private final ComplianceService compliance;
    private final ComplianceWorkbook workbook;
    private final OrgUnitService units;

    ComplianceController(ComplianceService compliance, ComplianceWorkbook workbook, OrgUnitService units) {
        this.compliance = compliance;
        this.workbook = workbook;
        this.units = units;
    }

    static int year(Integer year) {
        return year == null ? LocalDate.now(HospitalTime.ZONE).getYear() : year;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId,
                @RequestParam(required = false) Long ruleId, @RequestParam(required = false) Boolean missingOnly, Model model) {
        int y = year(year);
        boolean missing = missingOnly == null || missingOnly;
        List<ComplianceRow> rows = compliance.evaluate(y, unitId, ruleId, missing);
        model.addAttribute("rows", rows);
        model.addAttribute("overdue", rows.stream().filter(ComplianceRow::overdue).count());
        model.addAttribute("people", rows.stream().filter(r -> !r.met()).map(ComplianceRow::staffId).distinct().count());
        model.addAttribute("rules", compliance.rules());
        model.addAttribute("year", y);
        List<Integer> years = new ArrayList<>();
        for (int i = year(null); i >= year(null) - 5; i--) {
            years.add(i);
        }
        model.addAttribute("years", years);
        model.addAttribute("unitId", unitId);
        model.addAttribute("ruleId", ruleId);
        model.addAttribute("missingOnly", missing);
        model.addAttribute("units", units.allVisible(false));
        return "training/compliance";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId,
                                  @RequestParam(required = false) Long ruleId,
                                  @RequestParam(required = false) Boolean missingOnly, Locale locale) {
        int y = year(year);
        return workbook.response(compliance.evaluate(y, unitId, ruleId, missingOnly == null || missingOnly), y, locale);
    }

    @GetMapping("/rules/new")
    String newRule(Model model) {
        ComplianceRuleForm form = new ComplianceRuleForm();
        form.setRequirement(ComplianceRequirement.EXAMS_PASSED);
        form.setRequiredCount(java.math.BigDecimal.ONE);
        return formPage(form, null, model);
    }

    @GetMapping("/rules/{id}/edit")
    String editRule(@PathVariable Long id, Model model) {
        ComplianceRuleView rule = compliance.rule(id);
        return formPage(ComplianceRuleForm.of(rule), rule, model);
    }

    @PostMapping("/rules")
    String create(@ModelAttribute("ruleForm") ComplianceRuleForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                compliance.create(form);
                redirect.addFlashAttribute("notice", "techfile.notice.ruleSaved");
                return "redirect:/training/compliance";
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        } else {
            response.setStatus(400);
        }
        return formPage(form, null, model);
    }

    @PostMapping("/rules/{id}")
    String update(@PathVariable Long id, @ModelAttribute("ruleForm") ComplianceRuleForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                compliance.update(id, form);
                redirect.addFlashAttribute("notice", "techfile.notice.ruleSaved");
                return "redirect:/training/compliance";
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        } else {
            response.setStatus(400);
        }
        return formPage(form, compliance.rule(id), model);
    }

    @PostMapping("/rules/{id}/withdraw")
    String withdraw(@PathVariable Long id, @RequestParam(required = false) String reason,
                    @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            compliance.withdraw(id, reason, version);
            redirect.addFlashAttribute("notice", "techfile.notice.ruleWithdrawn");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/training/compliance";
    }

    private String formPage(ComplianceRuleForm form, ComplianceRuleView rule, Model model) {
        model.addAttribute("ruleForm", form);
        model.addAttribute("rule", rule);
        model.addAttribute("formAction", rule == null ? "/training/compliance/rules" : "/training/compliance/rules/" + rule.id());
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("titles", ProfessionalTitle.values());
        model.addAttribute("levels", NurseLevel.values());
        model.addAttribute("employmentTypes", EmploymentType.values());
        model.addAttribute("requirements", ComplianceRequirement.values());
        model.addAttribute("examKinds", ExamKind.values());
        return "training/compliance-rule-form";
    }
}
