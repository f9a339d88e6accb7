package org.yuanwu.infection.internal;

import org.yuanwu.common.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.indicator.IndicatorCatalog;
import org.yuanwu.indicator.IndicatorEngine;
import org.yuanwu.indicator.IndicatorValue;
import org.yuanwu.indicator.Period;
import org.yuanwu.infection.CaseFilter;
import org.yuanwu.infection.CaseForm;
import org.yuanwu.infection.CaseOutcome;
import org.yuanwu.infection.CaseStatus;
import org.yuanwu.infection.CaseView;
import org.yuanwu.infection.CensusForm;
import org.yuanwu.infection.CensusGranularity;
import org.yuanwu.infection.CensusService;
import org.yuanwu.infection.CensusView;
import org.yuanwu.infection.DeviceAssociation;
import org.yuanwu.infection.InfectionCaseService;
import org.yuanwu.infection.InfectionSite;
import org.yuanwu.infection.OperationClass;
import org.yuanwu.infection.RuleForm;
import org.yuanwu.infection.ScreeningRunView;
import org.yuanwu.infection.ScreeningService;
import org.yuanwu.infection.SuspectDecision;
import org.yuanwu.infection.SuspectStatus;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.UnitView;

/** The infection-control pages: overview, cases, suspected cases, rules, census entry and rates. */
@Controller
@RequestMapping("/infection")
class InfectionController {

    static final int PAGE_SIZE = 20;
    /** The rates shown per unit, in the order of the table's columns. */
    static final List<String> RATE_INDICATORS = List.of("infection.hai_incidence", "infection.hai_patient_incidence",
            "infection.hai_per_1000_patient_days", "infection.clabsi_rate", "infection.cauti_rate", "infection.vap_rate",
            "infection.ssi_rate", "infection.hai_underreport_rate");

    private final InfectionCaseService cases;
    private final ScreeningService screening;
    private final CensusService census;
    private final OrgUnitService units;
    private final IndicatorEngine engine;
    private final IndicatorCatalog catalog;
    private final InfectionWorkbook workbook;
    private final InfectionBulletin bulletin;

    InfectionController(InfectionCaseService cases, ScreeningService screening, CensusService census, OrgUnitService units,
                        IndicatorEngine engine, IndicatorCatalog catalog, InfectionWorkbook workbook, InfectionBulletin bulletin) {
        this.bulletin = bulletin;
        this.workbook = workbook;
        this.cases = cases;
        this.screening = screening;
        this.census = census;
        this.units = units;
        this.engine = engine;
        this.catalog = catalog;
    }

    // ---------------------------------------------------------------- overview

    @GetMapping
    String overview(Model model) {
        CurrentActor.require(Permissions.INFECTION_READ);
        model.addAttribute("newSuspects", screening.newSuspectCount());
        model.addAttribute("awaiting", cases.search(new CaseFilter(null, CaseStatus.REPORTED, null, null, null),
                PageRequests.of(0, 1, Sort.unsorted())).getTotalElements());
        model.addAttribute("clusters", cases.clusters(LocalDate.now(Requests.ZONE), 60));
        model.addAttribute("clusterThreshold", cases.clusterThreshold());
        model.addAttribute("clusterWindow", cases.clusterWindowDays());
        model.addAttribute("bulletinMonth", YearMonth.now(Requests.ZONE).minusMonths(1).toString());
        return "infection/overview";
    }

    // ---------------------------------------------------------------- cases

    @GetMapping("/cases")
    String caseList(@RequestParam(required = false) Long unitId, @RequestParam(required = false) CaseStatus status,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate onsetFrom,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate onsetTo,
                    @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        CaseFilter filter = new CaseFilter(unitId, status, onsetFrom, onsetTo, q);
        model.addAttribute("filter", filter);
        model.addAttribute("page", cases.search(filter, PageRequests.of(page, PAGE_SIZE, order())));
        model.addAttribute("units", units.allVisible(false));
        model.addAttribute("statuses", CaseStatus.values());
        return "infection/cases";
    }

    @GetMapping("/cases/export")
    ResponseEntity<byte[]> exportCases(@RequestParam(required = false) Long unitId, @RequestParam(required = false) CaseStatus status,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate onsetFrom,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate onsetTo,
                                       @RequestParam(required = false) String q) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean zh = "zh".equals(locale.getLanguage());
        Page<CaseView> all = cases.search(new CaseFilter(unitId, status, onsetFrom, onsetTo, q),
                PageRequests.of(0, 10_000, order()));
        List<String> headers = zh
                ? List.of("编号", "病区", "病案号", "住院号", "入院日期", "感染日期", "感染部位", "病原体", "标本", "器械相关", "切口类别", "转归", "来源", "状态", "报告人")
                : List.of("ID", "Ward", "Patient", "Stay", "Admitted", "Onset", "Site", "Pathogen", "Specimen", "Device", "Wound class", "Outcome", "Origin", "Status", "Reported by");
        List<List<Object>> rows = new ArrayList<>();
        for (CaseView c : all.getContent()) {
            rows.add(List.of(c.id(), c.unitName(), c.patientNo(), nz(c.visitNo()), c.admissionDate().toString(),
                    c.onsetDate().toString(), c.site().name(), nz(c.pathogen()), nz(c.specimen()), c.device().name(),
                    c.operationClass() == null ? "" : c.operationClass().name(), c.outcome().name(), c.origin().name(),
                    c.status().name(), c.reportedBy()));
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"infection-cases.xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, ExcelSheet.CONTENT_TYPE)
                .body(ExcelSheet.write(zh ? "医院感染病例" : "HAI cases", headers, rows));
    }

    @GetMapping("/cases/new")
    String newCase(Model model) {
        CurrentActor.require(Permissions.INFECTION_REPORT);
        return caseForm(new CaseForm(CurrentActor.get().scopeUnitId(), null, null, null, null, null, null, null,
                DeviceAssociation.NONE, null, CaseOutcome.UNDER_TREATMENT, null, null), null, model);
    }

    @PostMapping("/cases")
    String report(CaseForm form, @RequestParam(defaultValue = "false") boolean foundInRecords, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        try {
            CaseView created = foundInRecords ? cases.recordFound(form, org.yuanwu.infection.CaseOrigin.RECORD_SAMPLING)
                    : cases.report(form);
            redirect.addFlashAttribute("notice", "infection.case.saved");
            return "redirect:/infection/cases/" + created.id();
        } catch (DomainException e) {
            rejected(e, model, response);
            return caseForm(form, null, model);
        }
    }

    @GetMapping("/cases/{id}")
    String showCase(@PathVariable Long id, Model model) {
        model.addAttribute("c", cases.get(id));
        return "infection/case";
    }

    @GetMapping("/cases/{id}/edit")
    String editCase(@PathVariable Long id, Model model) {
        CaseView c = cases.get(id);
        return caseForm(new CaseForm(c.unitId(), c.patientNo(), c.visitNo(), c.admissionDate(), c.onsetDate(), c.site(),
                c.pathogen(), c.specimen(), c.device(), c.operationClass(), c.outcome(), c.note(), c.version()), c, model);
    }

    @PostMapping("/cases/{id}")
    String updateCase(@PathVariable Long id, CaseForm form, Model model, RedirectAttributes redirect,
                      HttpServletResponse response) {
        try {
            cases.update(id, form);
            redirect.addFlashAttribute("notice", "infection.case.saved");
            return "redirect:/infection/cases/" + id;
        } catch (DomainException e) {
            rejected(e, model, response);
            return caseForm(form, cases.get(id), model);
        }
    }

    @PostMapping("/cases/{id}/review")
    String reviewCase(@PathVariable Long id, @RequestParam String action, @RequestParam(required = false) Long version,
                      @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            switch (action) {
                case "confirm" -> cases.confirm(id, version);
                case "exclude" -> cases.exclude(id, version, reason);
                case "reopen" -> cases.reopen(id, version);
                default -> throw DomainException.invalid("action", "error.validation");
            }
            redirect.addFlashAttribute("notice", switch (action) {
                case "confirm" -> "infection.case.confirmed";
                case "exclude" -> "infection.case.excluded";
                default -> "infection.case.reopened";
            });
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/infection/cases/" + id;
    }

    private String caseForm(CaseForm form, CaseView existing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("wards", units.allVisible(true).stream().filter(u -> u.kind() == OrgUnitKind.WARD).toList());
        model.addAttribute("sites", InfectionSite.values());
        model.addAttribute("devices", DeviceAssociation.values());
        model.addAttribute("operationClasses", OperationClass.values());
        model.addAttribute("outcomes", CaseOutcome.values());
        model.addAttribute("formAction", existing == null ? "/infection/cases" : "/infection/cases/" + existing.id());
        return "infection/case-form";
    }

    // ---------------------------------------------------------------- suspects and screening

    @GetMapping("/suspects")
    String suspects(@RequestParam(required = false) String status, @RequestParam(required = false) Long unitId,
                    @RequestParam(required = false) Integer page, Model model) {
        SuspectStatus s = status == null ? SuspectStatus.NEW : "ALL".equals(status) ? null : SuspectStatus.valueOf(status);
        model.addAttribute("status", s == null ? "ALL" : s.name());
        model.addAttribute("unitId", unitId);
        model.addAttribute("page", screening.suspects(s, unitId, PageRequests.of(page, PAGE_SIZE, Sort.unsorted())));
        model.addAttribute("statuses", SuspectStatus.values());
        model.addAttribute("units", units.allVisible(false));
        model.addAttribute("sites", InfectionSite.values());
        model.addAttribute("devices", DeviceAssociation.values());
        List<ScreeningRunView> runs = screening.runs(1);
        model.addAttribute("lastRun", runs.isEmpty() ? null : runs.get(0));
        return "infection/suspects";
    }

    @PostMapping("/screening")
    String runScreening(@RequestParam(defaultValue = "false") boolean full, RedirectAttributes redirect) {
        ScreeningRunView run = screening.run(full);
        redirect.addFlashAttribute("notice", "infection.suspect.ran");
        redirect.addFlashAttribute("noticeArgs", new Object[] {run.eventsAfter(), run.suspectsCreated()});
        return "redirect:/infection/suspects";
    }

    @PostMapping("/suspects/{id}/review")
    String reviewSuspect(@PathVariable Long id, @RequestParam String action, @RequestParam(required = false) Long version,
                         @RequestParam(required = false) Long existingCaseId, @RequestParam(required = false) InfectionSite site,
                         @RequestParam(required = false) DeviceAssociation device,
                         @RequestParam(required = false) String pathogen, @RequestParam(required = false) String reason,
                         RedirectAttributes redirect) {
        try {
            switch (action) {
                case "confirm" -> screening.confirm(id, new SuspectDecision(version, existingCaseId, site, null,
                        blank(pathogen), null, device, null, blank(reason)));
                case "dismiss" -> screening.dismiss(id, version, reason);
                case "reopen" -> screening.reopen(id, version);
                default -> throw DomainException.invalid("action", "error.validation");
            }
            redirect.addFlashAttribute("notice", switch (action) {
                case "confirm" -> "infection.suspect.confirmed";
                case "dismiss" -> "infection.suspect.dismissed";
                default -> "infection.suspect.reopened";
            });
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/infection/suspects?status=ALL#suspect-" + id;
    }

    // ---------------------------------------------------------------- rules

    @GetMapping("/rules")
    String rules(Model model) {
        model.addAttribute("rules", screening.rules());
        return "infection/rules";
    }

    @PostMapping("/rules/{code}")
    String updateRule(@PathVariable String code, @RequestParam(required = false) BigDecimal minAmount,
                      @RequestParam(required = false) Integer afterHours, @RequestParam(required = false) String specimens,
                      @RequestParam(defaultValue = "false") boolean requirePositive,
                      @RequestParam(defaultValue = "false") boolean enabled, @RequestParam(required = false) Long version,
                      RedirectAttributes redirect) {
        try {
            screening.updateRule(code, new RuleForm(minAmount, requirePositive, specimens, afterHours, enabled, version));
            redirect.addFlashAttribute("notice", "infection.rule.saved");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/infection/rules#rule-" + code;
    }

    // ---------------------------------------------------------------- census

    @GetMapping("/census")
    String census(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String month, Model model) {
        CurrentActor.require(Permissions.INFECTION_READ);
        Long unit = unitId != null ? unitId : defaultUnit();
        YearMonth m = Requests.month(month);
        List<UnitView> wards = new ArrayList<>();
        java.util.Set<Long> under = new java.util.HashSet<>(units.subtreeIds(unit));
        for (UnitView u : units.allVisible(true)) {
            if (u.kind() == OrgUnitKind.WARD && under.contains(u.id())) {
                wards.add(u);
            }
        }
        Map<Long, CensusView> monthly = new LinkedHashMap<>();
        Map<Long, int[]> daily = new LinkedHashMap<>();
        for (CensusView c : census.month(unit, m)) {
            if (c.granularity() == CensusGranularity.MONTH) {
                monthly.put(c.unitId(), c);
            } else {
                int[] t = daily.computeIfAbsent(c.unitId(), k -> new int[8]);
                t[0] += c.admissions();
                t[1] += c.discharges();
                t[2] += c.patientDays();
                t[3] += c.centralLineDays();
                t[4] += c.urinaryCatheterDays();
                t[5] += c.ventilatorDays();
                t[6] += c.operations();
                t[7]++;
            }
        }
        model.addAttribute("unitId", unit);
        model.addAttribute("month", m.toString());
        model.addAttribute("wards", wards);
        model.addAttribute("monthly", monthly);
        model.addAttribute("daily", daily);
        model.addAttribute("units", units.allVisible(true));
        return "infection/census";
    }

    @PostMapping("/census")
    String saveCensus(@RequestParam Long wardId, @RequestParam(required = false) Long unitId, @RequestParam String month,
                      @RequestParam(required = false) Integer admissions, @RequestParam(required = false) Integer discharges,
                      @RequestParam(required = false) Integer patientDays, @RequestParam(required = false) Integer centralLineDays,
                      @RequestParam(required = false) Integer urinaryCatheterDays,
                      @RequestParam(required = false) Integer ventilatorDays, @RequestParam(required = false) Integer operations,
                      @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        YearMonth m = Requests.month(month);
        try {
            CensusView saved = census.save(new CensusForm(wardId, CensusGranularity.MONTH, m.atDay(1), admissions, discharges,
                    patientDays, centralLineDays, urinaryCatheterDays, ventilatorDays, operations, version));
            redirect.addFlashAttribute("notice", "infection.census.saved");
            redirect.addFlashAttribute("noticeArgs", new Object[] {saved.unitName(), m.toString()});
        } catch (DomainException e) {
            Forms.failed(e, redirect);
            redirect.addFlashAttribute("errorWard", wardId);
            redirect.addFlashAttribute("errorField", e.field());
        }
        return "redirect:/infection/census?unitId=" + (unitId == null ? wardId : unitId) + "&month=" + m + "#ward-" + wardId;
    }

    // ---------------------------------------------------------------- bulletin

    @GetMapping("/bulletin.pdf")
    ResponseEntity<byte[]> bulletin(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String month) {
        CurrentActor.require(Permissions.INFECTION_READ);
        Long unit = unitId != null ? unitId : defaultUnit();
        YearMonth m = month == null || month.isBlank() ? YearMonth.now(Requests.ZONE).minusMonths(1) : Requests.month(month);
        return bulletinResponse(bulletin.write(unit, m), m);
    }

    static ResponseEntity<byte[]> bulletinResponse(byte[] pdf, YearMonth month) {
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
                        .filename("院感简报-" + month + ".pdf", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    // ---------------------------------------------------------------- workbook import

    @GetMapping("/import")
    String importPage() {
        CurrentActor.require(Permissions.INFECTION_REPORT);
        return "infection/import";
    }

    @GetMapping("/import/template")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"infection-template.xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, ExcelSheet.CONTENT_TYPE)
                .body(workbook.template());
    }

    @PostMapping("/import")
    String upload(@RequestParam("file") org.springframework.web.multipart.MultipartFile file, Model model,
                  HttpServletResponse response) throws java.io.IOException {
        try (var in = file.getInputStream()) {
            InfectionWorkbook.Report report = workbook.upload(in);
            model.addAttribute("report", report);
            if (!report.saved()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        } catch (DomainException e) {
            rejected(e, model, response);
        }
        return "infection/import";
    }

    // ---------------------------------------------------------------- rates

    /** One row of the rates table: a unit, its value of each rate, and whether any is over target. */
    record RateRow(Long unitId, String unitName, List<IndicatorValue> values, boolean investigate) {
    }

    @GetMapping("/rates")
    String rates(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String period, Model model) {
        CurrentActor.require(Permissions.INFECTION_READ);
        Long unit = unitId != null ? unitId : defaultUnit();
        // By default the last complete month: the current one has no census yet.
        YearMonth last = YearMonth.now(Requests.ZONE).minusMonths(1);
        Period p = period == null || period.isBlank() ? Period.month(last.getYear(), last.getMonthValue()) : parse(period);
        Map<Long, List<IndicatorValue>> byUnit = new LinkedHashMap<>();
        for (String code : RATE_INDICATORS) {
            for (IndicatorValue v : engine.byChild(code, unit, p)) {
                byUnit.computeIfAbsent(v.unitId(), k -> new ArrayList<>()).add(v);
            }
        }
        List<RateRow> rows = new ArrayList<>();
        byUnit.forEach((id, values) -> rows.add(new RateRow(id, units.find(id).map(UnitView::name).orElse("#" + id), values,
                values.get(0).status() == IndicatorValue.Status.NOT_MET)));
        List<IndicatorValue> total = engine.values(RATE_INDICATORS, unit, p);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("unitId", unit);
        model.addAttribute("unitName", units.get(unit).name());
        model.addAttribute("period", p);
        model.addAttribute("periodLabel", p.label(locale));
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("indicators", RATE_INDICATORS.stream().map(catalog::get).toList());
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("locale", locale);
        model.addAttribute("ssiByClass", cases.surgicalSiteByClass(unit, p.start(), p.end()));
        model.addAttribute("chartNames", rows.stream().map(RateRow::unitName).toList());
        model.addAttribute("chartValues", rows.stream().map(r -> r.values().get(0).value()).toList());
        return "infection/rates";
    }

    // ---------------------------------------------------------------- helpers

    private Long defaultUnit() {
        return java.util.Optional.ofNullable(Requests.unitOrDefault(null, units))
                .orElseThrow(() -> DomainException.notFound("infection.error.unitRequired"));
    }

    private static Period parse(String code) {
        try {
            return Period.parse(code);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("period", "infection.error.month", code);
        }
    }

    private static Sort order() {
        return Sort.by(Sort.Order.desc("onsetDate"), Sort.Order.desc("id"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static void rejected(DomainException e, Model model, HttpServletResponse response) {
        if (e instanceof AccessDeniedProblem || e.status() == HttpStatus.NOT_FOUND) {
            throw e;
        }
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.args());
        model.addAttribute("errorField", e.field());
        response.setStatus(e.status().value());
    }

}
