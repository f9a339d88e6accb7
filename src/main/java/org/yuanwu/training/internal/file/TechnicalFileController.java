package org.yuanwu.training.internal.file;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.HospitalTime;
import org.yuanwu.common.web.Forms;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.organization.ImportMode;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.training.CreditEntryForm;
import org.yuanwu.training.CreditEntryKind;
import org.yuanwu.training.CreditService;
import org.yuanwu.training.CreditTitleGrade;
import org.yuanwu.training.ExamScoreImportService;
import org.yuanwu.training.ExamService;
import org.yuanwu.training.TechnicalFileService;

/**
 * Technical-file pages: the list of a unit's staff with their credits, a person's file (printable, with Excel and
 * PDF downloads and, for her unit's training managers, forms for further study and external credits), the credit
 * requirement table, and the paper-exam score import.
 */
@Controller
class TechnicalFileController {

    private final TechnicalFileService files;
    private final CreditService credits;
    private final ExamScoreImportService scores;
    private final ExamService exams;
    private final OrgUnitService units;
    private final TechnicalFileDocuments documents;

    TechnicalFileController(TechnicalFileService files, CreditService credits, ExamScoreImportService scores,
                            ExamService exams, OrgUnitService units, TechnicalFileDocuments documents) {
        this.files = files;
        this.credits = credits;
        this.scores = scores;
        this.exams = exams;
        this.units = units;
        this.documents = documents;
    }

    static int thisYear() {
        return LocalDate.now(HospitalTime.ZONE).getYear();
    }

    static List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = thisYear(); y >= thisYear() - 5; y--) {
            years.add(y);
        }
        return years;
    }

    // ---------------------------------------------------------------- list

    @GetMapping("/training/files")
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) Boolean shortOnly,
                @RequestParam(required = false) Integer page, Model model) {
        int y = year == null ? thisYear() : year;
        model.addAttribute("page", files.list(unitId, q, y, Boolean.TRUE.equals(shortOnly),
                PageRequests.of(page, 30, org.springframework.data.domain.Sort.unsorted())));
        model.addAttribute("unitId", unitId);
        model.addAttribute("q", q);
        model.addAttribute("year", y);
        model.addAttribute("years", years());
        model.addAttribute("shortOnly", Boolean.TRUE.equals(shortOnly));
        model.addAttribute("units", units.allVisible(false));
        return "training/file-list";
    }

    @GetMapping("/training/files/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
                                  @RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) Boolean shortOnly, Locale locale) {
        int y = year == null ? thisYear() : year;
        return TechnicalFileDocuments.xlsx("technical-files-" + y + ".xlsx",
                documents.listWorkbook(files.rows(unitId, q, y, Boolean.TRUE.equals(shortOnly)), y, locale));
    }

    // ---------------------------------------------------------------- one file

    /** One's own file; an account with no staff record (an administrator, say) who may read files gets the list. */
    @GetMapping("/training/files/mine")
    String mine(org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            return "redirect:/training/files/" + files.ownStaffId();
        } catch (org.yuanwu.common.DomainException e) {
            if (!org.yuanwu.common.CurrentActor.get().can(org.yuanwu.common.Permissions.TRAINING_READ)
                    || !org.yuanwu.common.CurrentActor.get().can(org.yuanwu.common.Permissions.STAFF_READ)) {
                throw e;
            }
            redirect.addFlashAttribute("notice", "techfile.error.noStaffRecord");
            return "redirect:/training/files";
        }
    }

    @GetMapping("/training/files/{staffId}")
    String file(@PathVariable Long staffId, Model model) {
        CreditEntryForm form = new CreditEntryForm();
        form.setKind(CreditEntryKind.CONFERENCE);
        return filePage(staffId, form, model);
    }

    private String filePage(Long staffId, CreditEntryForm form, Model model) {
        model.addAttribute("file", files.file(staffId));
        model.addAttribute("entryForm", form);
        model.addAttribute("kinds", CreditEntryKind.values());
        model.addAttribute("pdfAvailable", documents.pdfAvailable());
        return "training/file";
    }

    @GetMapping("/training/files/{staffId}/export")
    ResponseEntity<byte[]> fileWorkbook(@PathVariable Long staffId, Locale locale) {
        return TechnicalFileDocuments.xlsx("technical-file-" + staffId + ".xlsx", documents.workbook(files.file(staffId), locale));
    }

    @GetMapping("/training/files/{staffId}/pdf")
    ResponseEntity<byte[]> filePdf(@PathVariable Long staffId, Locale locale) {
        return TechnicalFileDocuments.pdf("technical-file-" + staffId + ".pdf", documents.pdf(files.file(staffId), locale));
    }

    @PostMapping("/training/files/{staffId}/entries")
    String addEntry(@PathVariable Long staffId, @ModelAttribute("entryForm") CreditEntryForm form, BindingResult binding,
                    Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                credits.addEntry(staffId, form);
                redirect.addFlashAttribute("notice", "techfile.notice.entryAdded");
                return "redirect:/training/files/" + staffId;
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        } else {
            response.setStatus(400);
        }
        return filePage(staffId, form, model);
    }

    @PostMapping("/training/files/{staffId}/entries/{entryId}/withdraw")
    String withdrawEntry(@PathVariable Long staffId, @PathVariable Long entryId, @RequestParam(required = false) String reason,
                         @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            credits.withdrawEntry(staffId, entryId, reason, version);
            redirect.addFlashAttribute("notice", "techfile.notice.entryWithdrawn");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/training/files/" + staffId;
    }

    // ---------------------------------------------------------------- credit requirements

    @GetMapping("/training/credits")
    String requirements(Model model) {
        model.addAttribute("requirements", credits.requirements());
        return "training/credit-requirements";
    }

    @PostMapping("/training/credits/requirements/{grade}")
    String changeRequirement(@PathVariable CreditTitleGrade grade, @RequestParam(required = false) String creditsRequired,
                             @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            BigDecimal credits;
            try {
                credits = creditsRequired == null || creditsRequired.isBlank() ? null : new BigDecimal(creditsRequired.strip());
            } catch (NumberFormatException e) {
                throw DomainException.invalid("creditsRequired", "techfile.error.creditsRange");
            }
            this.credits.changeRequirement(grade, credits, version);
            redirect.addFlashAttribute("notice", "techfile.notice.requirementChanged");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/training/credits";
    }

    // ---------------------------------------------------------------- paper-exam scores

    @GetMapping("/exams/{id}/scores/import")
    String importPage(@PathVariable Long id, Model model) {
        model.addAttribute("exam", exams.get(id));
        model.addAttribute("modes", ImportMode.values());
        return "training/exam-score-import";
    }

    @GetMapping("/exams/{id}/scores/template")
    ResponseEntity<byte[]> template(@PathVariable Long id) {
        return TechnicalFileDocuments.xlsx("exam-" + id + "-scores.xlsx", scores.template(id));
    }

    @PostMapping("/exams/{id}/scores/import")
    String importScores(@PathVariable Long id, @RequestParam(value = "file", required = false) MultipartFile file,
                        @RequestParam(required = false) ImportMode mode, Model model, HttpServletResponse response)
            throws IOException {
        model.addAttribute("exam", exams.get(id));
        model.addAttribute("modes", ImportMode.values());
        model.addAttribute("mode", mode);
        try {
            if (file == null || file.isEmpty()) {
                throw DomainException.invalid("file", "exam.import.empty");
            }
            model.addAttribute("report", scores.importScores(id, file.getInputStream(), mode));
        } catch (DomainException e) {
            if (e.status().value() == 403 || e.status().value() == 404) {
                throw e;
            }
            model.addAttribute("importError", e.messageKey());
            model.addAttribute("importErrorArgs", e.args());
            response.setStatus(e.status().value());
        }
        return "training/exam-score-import";
    }
}
