package org.yuanwu.quality.internal.radiology;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Locale;
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
import org.yuanwu.quality.RadiologyConcordance;
import org.yuanwu.quality.RadiologyForms;
import org.yuanwu.quality.RadiologyGrade;
import org.yuanwu.quality.RadiologyModality;
import org.yuanwu.quality.RadiologyService;
import org.yuanwu.quality.RadiologySource;

/**
 * Radiology QC pages: the monthly summary, and one register page per kind of record (devices, images, reports,
 * readings, follow-ups) with its list and its entry form. A refused entry is shown again with the reason beside
 * the field.
 */
@Controller
@RequestMapping("/quality/radiology")
class RadiologyController {

    static final int PAGE_SIZE = 20;

    private final RadiologyService service;
    private final OrgUnitService units;

    RadiologyController(RadiologyService service, OrgUnitService units) {
        this.service = service;
        this.units = units;
    }

    static RadiologyService.Kind kind(String path) {
        try {
            return RadiologyService.Kind.valueOf(path.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound("radiology.error.notFound", path);
        }
    }

    static ResponseEntity<byte[]> excel(byte[] body, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, ExcelSheet.CONTENT_TYPE)
                .body(body);
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("grades", RadiologyGrade.values());
        model.addAttribute("modalities", RadiologyModality.values());
        model.addAttribute("sources", RadiologySource.values());
        model.addAttribute("concordances", RadiologyConcordance.values());
    }

    @GetMapping
    String summary(@RequestParam(required = false) Long unitId,
                   @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
        YearMonth m = month == null ? YearMonth.from(service.today()) : month;
        model.addAttribute("s", service.summary(unitId, m));
        model.addAttribute("unitId", unitId);
        model.addAttribute("month", m.toString());
        model.addAttribute("units", units.allVisible(false));
        return "quality/radiology/summary";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long unitId,
                                  @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                                  Locale locale) {
        YearMonth m = month == null ? YearMonth.from(service.today()) : month;
        return excel(service.exportSummary(unitId, m, locale), "radiology-qc-" + m + ".xlsx");
    }

    @GetMapping("/{kind}")
    String register(@PathVariable String kind, RadiologyService.Filter filter,
                    @RequestParam(required = false) Integer page, Model model) {
        return page(kind(kind), filter, page, null, model);
    }

    @PostMapping("/devices")
    String createDevice(@ModelAttribute("form") RadiologyForms.Device form, BindingResult binding, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        return save(RadiologyService.Kind.DEVICES, form, binding, model, redirect, response, () -> service.createDevice(form));
    }

    @PostMapping("/images")
    String gradeImage(@ModelAttribute("form") RadiologyForms.Image form, BindingResult binding, Model model,
                      RedirectAttributes redirect, HttpServletResponse response) {
        return save(RadiologyService.Kind.IMAGES, form, binding, model, redirect, response, () -> service.gradeImage(form));
    }

    @PostMapping("/reports")
    String checkReport(@ModelAttribute("form") RadiologyForms.ReportCheck form, BindingResult binding, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        return save(RadiologyService.Kind.REPORTS, form, binding, model, redirect, response, () -> service.checkReport(form));
    }

    @PostMapping("/readings")
    String recordReading(@ModelAttribute("form") RadiologyForms.Reading form, BindingResult binding, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        return save(RadiologyService.Kind.READINGS, form, binding, model, redirect, response, () -> service.recordReading(form));
    }

    @PostMapping("/followups")
    String recordFollowup(@ModelAttribute("form") RadiologyForms.Followup form, BindingResult binding, Model model,
                          RedirectAttributes redirect, HttpServletResponse response) {
        return save(RadiologyService.Kind.FOLLOWUPS, form, binding, model, redirect, response, () -> service.recordFollowup(form));
    }

    @PostMapping("/{kind}/{id}/void")
    String voidRecord(@PathVariable String kind, @PathVariable Long id, @RequestParam(required = false) String reason,
                      @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        RadiologyService.Kind k = kind(kind);
        try {
            if (k == RadiologyService.Kind.DEVICES) {
                service.retireDevice(id, new RadiologyForms.Voiding(reason, version));
            } else {
                service.voidRecord(k, id, new RadiologyForms.Voiding(reason, version));
            }
            redirect.addFlashAttribute("notice", "radiology.notice.voided");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/quality/radiology/" + kind;
    }

    private String save(RadiologyService.Kind kind, Object form, BindingResult binding, Model model,
                        RedirectAttributes redirect, HttpServletResponse response, Runnable action) {
        String path = kind.name().toLowerCase(Locale.ROOT);
        if (binding.hasErrors()) {
            // a value of the wrong type (a letter in a number): name the first such field
            String field = binding.getFieldErrors().isEmpty() ? null : binding.getFieldErrors().get(0).getField();
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(kind, RadiologyService.Filter.none(), null,
                    DomainException.invalid(field, "radiology.error.invalid"), model);
        }
        try {
            action.run();
            redirect.addFlashAttribute("notice", "radiology.notice.saved");
            return "redirect:/quality/radiology/" + path;
        } catch (DomainException e) {
            if (e instanceof AccessDeniedProblem || e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.status().value());
            model.addAttribute("form", form);
            return page(kind, RadiologyService.Filter.none(), null, e, model);
        }
    }

    private String page(RadiologyService.Kind kind, RadiologyService.Filter filter, Integer page, DomainException error,
                        Model model) {
        RadiologyService.Filter f = filter == null ? RadiologyService.Filter.none() : filter;
        model.addAttribute("filter", f);
        model.addAttribute("units", units.allVisible(kind != RadiologyService.Kind.DEVICES));
        model.addAttribute("errorField", error == null ? null : error.field() == null ? "_" : error.field());
        model.addAttribute("errorKey", error == null ? null : error.messageKey());
        model.addAttribute("errorArgs", error == null ? null : error.args());
        model.addAttribute("defaultUnitId", CurrentActor.get().scopeUnitId());
        model.addAttribute("today", service.today());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", null);
        }
        switch (kind) {
            case DEVICES -> model.addAttribute("rows", service.devices(f.unitId(), false));
            case IMAGES -> {
                model.addAttribute("page", service.images(f, PageRequests.of(page, PAGE_SIZE, RadiologyApiController.order("examOn"))));
                model.addAttribute("devices", service.devices(null, true));
                model.addAttribute("staff", service.staffOf(f.unitId()));
            }
            case REPORTS -> {
                model.addAttribute("page", service.reports(f, PageRequests.of(page, PAGE_SIZE, RadiologyApiController.order("checkedOn"))));
                model.addAttribute("staff", service.staffOf(f.unitId()));
            }
            case READINGS -> {
                model.addAttribute("page", service.readings(f, PageRequests.of(page, PAGE_SIZE, RadiologyApiController.order("heldOn"))));
                model.addAttribute("staff", service.staffOf(f.unitId()));
            }
            case FOLLOWUPS -> model.addAttribute("page",
                    service.followups(f, PageRequests.of(page, PAGE_SIZE, RadiologyApiController.order("followedOn"))));
        }
        model.addAttribute("kind", kind.name().toLowerCase(Locale.ROOT));
        return "quality/radiology/" + kind.name().toLowerCase(Locale.ROOT);
    }
}
