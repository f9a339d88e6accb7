package org.yuanwu.organization.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.common.web.Forms;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.Gender;
import org.yuanwu.organization.ImportMode;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffForm;
import org.yuanwu.organization.StaffImportService;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;

/** The staff register pages: list with filters and export, register/edit form, workbook import. */
@Controller
@RequestMapping("/staff")
class StaffController {

    static final int PAGE_SIZE = 20;
    static final Sort ORDER = Sort.by("employeeNo");

    private static final String LIST = "organization/staff-list";
    private static final String FORM = "organization/staff-form";
    private static final String IMPORT = "organization/staff-import";

    private final StaffService staff;
    private final StaffImportService importer;
    private final OrgUnitService units;
    private final StaffSpreadsheets spreadsheets;
    private final MessageSource messages;

    StaffController(StaffService staff, StaffImportService importer, OrgUnitService units,
                    StaffSpreadsheets spreadsheets, MessageSource messages) {
        this.staff = staff;
        this.importer = importer;
        this.units = units;
        this.spreadsheets = spreadsheets;
        this.messages = messages;
    }

    /** The choices of the filter and form selects, labelled in the templates through staff.* keys. */
    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("genders", Gender.values());
        model.addAttribute("titles", ProfessionalTitle.values());
        model.addAttribute("nurseLevels", NurseLevel.values());
        model.addAttribute("employmentTypes", EmploymentType.values());
        model.addAttribute("statuses", StaffStatus.values());
    }

    @GetMapping
    String list(StaffFilter filter, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", staff.search(filter, PageRequests.of(page, PAGE_SIZE, ORDER)));
        // Inactive units stay in the filter: people may still be registered there.
        model.addAttribute("units", units.allVisible(false));
        return LIST;
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(StaffFilter filter) {
        return StaffSpreadsheets.download(StaffSpreadsheets.EXPORT_FILE, spreadsheets.export(filter));
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return formPage(new StaffForm(), null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("staffForm") StaffForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (binding.hasErrors()) {
            return formPage(form, null, model);
        }
        try {
            StaffView saved = staff.create(form);
            return savedRedirect(saved, redirect);
        } catch (DomainException e) {
            return rejected(e, form, null, binding, model, response);
        } catch (DataIntegrityViolationException e) {
            // Two people registering the same employee number at the same moment.
            binding.reject("error.integrity");
            return formPage(form, null, model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        return formPage(StaffForm.of(staff.get(id)), id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("staffForm") StaffForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (binding.hasErrors()) {
            return formPage(form, id, model);
        }
        try {
            StaffView saved = staff.update(id, form);
            return savedRedirect(saved, redirect);
        } catch (DomainException e) {
            return rejected(e, form, id, binding, model, response);
        } catch (ObjectOptimisticLockingFailureException e) {
            // Someone saved between our version check and the flush.
            return rejected(new StaleEditException(), form, id, binding, model, response);
        } catch (DataIntegrityViolationException e) {
            binding.reject("error.integrity");
            return formPage(form, id, model);
        }
    }

    @GetMapping("/import")
    String importPage(Model model) {
        model.addAttribute("mode", ImportMode.ALL_OR_NOTHING);
        return IMPORT;
    }

    @PostMapping("/import")
    String runImport(@RequestParam(required = false) MultipartFile file,
                     @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode, Model model,
                     HttpServletResponse response) {
        model.addAttribute("mode", mode);
        if (file == null || file.isEmpty()) {
            return importFailure(DomainException.invalid("file", "import.error.noFile"), model, response);
        }
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("report", importer.importWorkbook(in, mode));
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (AccessDeniedProblem e) {
            throw e;
        } catch (DomainException e) {
            // A file that cannot be read as a staff workbook: say so on the page, not on an error page.
            return importFailure(e, model, response);
        } catch (IOException e) {
            return importFailure(DomainException.invalid("file", "import.error.notSpreadsheet"), model, response);
        }
        return IMPORT;
    }

    @GetMapping("/import/template")
    ResponseEntity<byte[]> template() {
        return StaffSpreadsheets.download(StaffSpreadsheets.TEMPLATE_FILE, spreadsheets.template());
    }

    private String formPage(StaffForm form, Long id, Model model) {
        model.addAttribute("staffForm", form);
        model.addAttribute("staffId", id);
        model.addAttribute("formAction", id == null ? "/staff" : "/staff/" + id);
        model.addAttribute("units", unitChoices(form.getUnitId()));
        return FORM;
    }

    /**
     * Active units, plus the person's current unit if it has since been deactivated, so the form
     * shows where they are; saving there is refused by the service with a message beside the field.
     */
    private List<UnitView> unitChoices(Long currentUnitId) {
        return units.allVisible(false).stream()
                .filter(u -> u.active() || u.id().equals(currentUnitId))
                .toList();
    }

    /** A rule failure goes beside its field (or atop the form); what was typed stays in the form. */
    private String rejected(DomainException e, StaffForm form, Long id, BindingResult binding, Model model,
                            HttpServletResponse response) {
        if (e instanceof AccessDeniedProblem || e.status() == HttpStatus.NOT_FOUND) {
            throw e; // not something the person can fix in the form: the error page says so
        }
        Forms.reject(binding, e);
        if (e instanceof StaleEditException) {
            model.addAttribute("stale", true);
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return formPage(form, id, model);
    }

    private String savedRedirect(StaffView saved, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", saved.employeeNo() + " " + saved.name());
        return "redirect:/staff";
    }

    private String importFailure(DomainException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("failure",
                messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
        return IMPORT;
    }
}
