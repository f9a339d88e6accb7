package org.yuanwu.quality.internal.records;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
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
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.common.web.Forms;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.quality.QualityTemplates;
import org.yuanwu.quality.RecordAuditFilter;
import org.yuanwu.quality.RecordAuditForm;
import org.yuanwu.quality.RecordAuditLevel;
import org.yuanwu.quality.RecordAuditParetoRow;
import org.yuanwu.quality.RecordAuditRoundForm;
import org.yuanwu.quality.RecordAuditRoundView;
import org.yuanwu.quality.RecordAuditService;
import org.yuanwu.quality.RecordAuditStatus;
import org.yuanwu.quality.RecordAuditSteps;
import org.yuanwu.quality.RecordAuditView;
import org.yuanwu.quality.TemplateView;

/** Record-audit pages: rounds, a round with its sampled records, a record with its hold, the archive list, Pareto. */
@Controller
@RequestMapping("/quality/record-audits")
class RecordAuditController {

    static final int PAGE_SIZE = 20;
    static final Sort ROUND_ORDER = Sort.by(Sort.Order.desc("periodMonth"), Sort.Order.desc("id"));
    static final Sort AUDIT_ORDER = Sort.by(Sort.Order.desc("auditedOn"), Sort.Order.desc("id"));

    private final RecordAuditService service;
    private final QualityTemplates templates;
    private final OrgUnitService units;

    RecordAuditController(RecordAuditService service, QualityTemplates templates, OrgUnitService units) {
        this.service = service;
        this.templates = templates;
        this.units = units;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("levels", RecordAuditLevel.values());
        model.addAttribute("statuses", RecordAuditStatus.values());
        model.addAttribute("defaultWeight", service.defaultWeight().toPlainString());
        model.addAttribute("defaultPassMark", service.defaultPassMark().toPlainString());
    }

    @GetMapping
    String list(@RequestParam(required = false) Long unitId,
                @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                RecordAuditFilter filter, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer roundPage, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("rounds", service.rounds(unitId, month, PageRequests.of(roundPage, 10, ROUND_ORDER)));
        model.addAttribute("page", service.search(filter, PageRequests.of(page, PAGE_SIZE, AUDIT_ORDER)));
        model.addAttribute("units", units.allVisible(false));
        return "quality/records/list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(RecordAuditFilter filter, Locale locale) {
        return excel(service.export(filter, locale), "record-audits.xlsx");
    }

    static ResponseEntity<byte[]> excel(byte[] body, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, ExcelSheet.CONTENT_TYPE)
                .body(body);
    }

    @GetMapping("/rounds/new")
    String newRound(Model model) {
        RecordAuditRoundForm form = new RecordAuditRoundForm();
        form.setMonth(YearMonth.from(service.today()).toString());
        form.setUnitId(CurrentActor.get().scopeUnitId());
        form.setPassMark(service.defaultPassMark());
        form.setDischargedWeight(service.defaultWeight());
        return roundForm(form, model);
    }

    @PostMapping("/rounds")
    String createRound(@Valid @ModelAttribute("roundForm") RecordAuditRoundForm form, BindingResult binding, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                RecordAuditRoundView r = service.createRound(form);
                redirect.addFlashAttribute("notice", "recordaudit.notice.roundCreated");
                return "redirect:/quality/record-audits/rounds/" + r.id();
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return roundForm(form, model);
    }

    private String roundForm(RecordAuditRoundForm form, Model model) {
        model.addAttribute("roundForm", form);
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("templates", service.recordTemplates());
        return "quality/records/round-form";
    }

    @GetMapping("/rounds/{id}")
    String round(@PathVariable Long id, Model model) {
        RecordAuditRoundView r = service.round(id);
        RecordAuditForm form = new RecordAuditForm();
        form.setAuditedOn(service.today());
        return roundPage(r, form, model);
    }

    @PostMapping("/rounds/{id}/audits")
    String audit(@PathVariable Long id, @Valid @ModelAttribute("auditForm") RecordAuditForm form, BindingResult binding,
                 Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                RecordAuditView a = service.audit(id, form);
                redirect.addFlashAttribute("notice", a.passed() ? "recordaudit.notice.passed" : "recordaudit.notice.held");
                return "redirect:/quality/record-audits/" + a.id();
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return roundPage(service.round(id), form, model);
    }

    private String roundPage(RecordAuditRoundView r, RecordAuditForm form, Model model) {
        TemplateView template = templates.get(r.templateId());
        model.addAttribute("r", r);
        model.addAttribute("template", template);
        model.addAttribute("audits", service.auditsOf(r.id()));
        model.addAttribute("auditForm", form);
        model.addAttribute("occurrences", form.getDefects().stream()
                .filter(d -> d.getItemId() != null && d.getOccurrences() != null)
                .collect(java.util.stream.Collectors.toMap(d -> d.getItemId(), d -> d.getOccurrences(), (a, b) -> a)));
        model.addAttribute("mayInspect", CurrentActor.get().can(Permissions.QUALITY_INSPECT));
        return "quality/records/round";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("a", service.get(id));
        model.addAttribute("allowed", service.allowed(id));
        return "quality/records/audit";
    }

    @PostMapping("/{id}/correct")
    String correct(@PathVariable Long id, @RequestParam(required = false) String correction,
                   @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, "recordaudit.notice.corrected",
                () -> service.correct(id, new RecordAuditSteps.Correction(correction, version)));
    }

    @PostMapping("/{id}/recheck")
    String recheck(@PathVariable Long id, @RequestParam(required = false) Boolean accepted,
                   @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
                   RedirectAttributes redirect) {
        return step(id, redirect, Boolean.TRUE.equals(accepted) ? "recordaudit.notice.released" : "recordaudit.notice.reheld",
                () -> service.recheck(id, new RecordAuditSteps.Recheck(accepted, note, version)));
    }

    @PostMapping("/{id}/void")
    String voidAudit(@PathVariable Long id, @RequestParam(required = false) String reason,
                     @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, "recordaudit.notice.voided",
                () -> service.voidAudit(id, new RecordAuditSteps.Voiding(reason, version)));
    }

    private String step(Long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/quality/record-audits/" + id;
    }

    @GetMapping("/archive")
    String archive(RecordAuditFilter filter, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("rows", service.archiveList(filter));
        model.addAttribute("units", units.allVisible(false));
        return "quality/records/archive";
    }

    @GetMapping("/archive/export")
    ResponseEntity<byte[]> exportArchive(RecordAuditFilter filter, Locale locale) {
        return excel(service.exportArchive(filter, locale), "record-archive.xlsx");
    }

    @GetMapping("/pareto")
    String pareto(@RequestParam(required = false) Long unitId,
                  @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
        YearMonth m = month == null ? YearMonth.from(service.today()) : month;
        List<RecordAuditParetoRow> rows = service.pareto(unitId, m);
        model.addAttribute("unitId", unitId);
        model.addAttribute("month", m.toString());
        model.addAttribute("rows", rows);
        model.addAttribute("chartCodes", rows.stream().map(RecordAuditParetoRow::code).toList());
        model.addAttribute("chartCounts", rows.stream().map(RecordAuditParetoRow::count).toList());
        model.addAttribute("chartCumulative", rows.stream().map(r -> r.cumulativePercent().doubleValue()).toList());
        model.addAttribute("total", rows.stream().mapToLong(RecordAuditParetoRow::count).sum());
        model.addAttribute("units", units.allVisible(false));
        return "quality/records/pareto";
    }

    @GetMapping("/pareto/export")
    ResponseEntity<byte[]> exportPareto(@RequestParam(required = false) Long unitId,
                                        @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                                        Locale locale) {
        YearMonth m = month == null ? YearMonth.from(service.today()) : month;
        return excel(service.exportPareto(unitId, m, locale), "record-defects-" + m + ".xlsx");
    }
}
