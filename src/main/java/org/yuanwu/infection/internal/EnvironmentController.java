package org.yuanwu.infection.internal;

import org.yuanwu.common.web.Forms;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.infection.EnvironmentService;
import org.yuanwu.infection.SampleForm;
import org.yuanwu.infection.SampleKind;
import org.yuanwu.infection.UvLampForm;
import org.yuanwu.infection.UvLampType;
import org.yuanwu.infection.UvReadingForm;
import org.yuanwu.organization.HygieneClass;
import org.yuanwu.organization.OrgUnitService;

/** The environment-monitoring and UV lamp pages. */
@Controller
@RequestMapping("/infection")
class EnvironmentController {

    private final EnvironmentService environment;
    private final org.yuanwu.infection.SterilizationService sterilization;
    private final org.yuanwu.infection.AntibioticService antibiotics;
    private final org.yuanwu.infection.WasteService waste;
    private final OrgUnitService units;

    EnvironmentController(EnvironmentService environment, org.yuanwu.infection.SterilizationService sterilization,
                          org.yuanwu.infection.AntibioticService antibiotics, org.yuanwu.infection.WasteService waste,
                          OrgUnitService units) {
        this.waste = waste;
        this.environment = environment;
        this.sterilization = sterilization;
        this.antibiotics = antibiotics;
        this.units = units;
    }

    @GetMapping("/waste")
    String waste(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate today = LocalDate.now(Requests.ZONE);
        LocalDate start = from != null ? from : today.minusDays(13);
        LocalDate end = to != null ? to : today;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("today", today);
        model.addAttribute("handovers", waste.handovers(start, end));
        model.addAttribute("gaps", waste.gaps(start, end));
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("stages", org.yuanwu.infection.WasteStage.values());
        model.addAttribute("categories", org.yuanwu.infection.WasteCategory.values());
        return "infection/waste";
    }

    @PostMapping("/waste")
    String recordWaste(@RequestParam(required = false) Long unitId,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate handoverDate,
                       @RequestParam(required = false) org.yuanwu.infection.WasteStage stage,
                       @RequestParam(required = false) org.yuanwu.infection.WasteCategory category,
                       @RequestParam(required = false) Integer bags, @RequestParam(required = false) BigDecimal weightKg,
                       @RequestParam(defaultValue = "false") boolean sealed, @RequestParam(required = false) String handedBy,
                       @RequestParam(required = false) String receivedBy, @RequestParam(required = false) String disposalCompany,
                       RedirectAttributes redirect) {
        try {
            waste.record(new org.yuanwu.infection.WasteForm(unitId, handoverDate, stage, category, bags, weightKg, sealed, handedBy,
                    receivedBy, disposalCompany));
            redirect.addFlashAttribute("notice", "infection.waste.saved");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/infection/waste";
    }

    @GetMapping("/antibiotics")
    String antibiotics(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String month, Model model) {
        Long unit = Requests.unitOrDefault(unitId, units);
        java.time.YearMonth m = month == null || month.isBlank() ? java.time.YearMonth.now(Requests.ZONE).minusMonths(1)
                : Requests.month(month);
        model.addAttribute("unitId", unit);
        model.addAttribute("month", m.toString());
        model.addAttribute("rows", unit == null ? java.util.List.of() : antibiotics.month(unit, m));
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("settings", org.yuanwu.infection.PrescriptionSetting.values());
        return "infection/antibiotics";
    }

    @PostMapping("/antibiotics")
    String saveAntibiotics(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Long viewUnitId,
                           @RequestParam(required = false) String month,
                           @RequestParam(required = false) org.yuanwu.infection.PrescriptionSetting setting,
                           @RequestParam(required = false) Integer sampled, @RequestParam(required = false) Integer withAntibiotics,
                           @RequestParam(required = false) Integer antibioticDrugs, @RequestParam(required = false) Integer injections,
                           @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            var row = antibiotics.save(new org.yuanwu.infection.PrescriptionSampleForm(unitId, month, setting, sampled,
                    withAntibiotics, antibioticDrugs, injections, version));
            redirect.addFlashAttribute("notice", row.overLimit() ? "infection.antibiotic.over" : "infection.antibiotic.saved");
            redirect.addFlashAttribute("noticeArgs", new Object[] {row.ratePercent().toPlainString(), row.limitPercent().toPlainString()});
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/infection/antibiotics?unitId=" + (viewUnitId == null ? unitId : viewUnitId) + "&month=" + month;
    }

    @GetMapping("/sterilization")
    String sterilization(@RequestParam(required = false) Long sterilizerId, Model model) {
        var list = sterilization.sterilizers();
        Long shown = sterilizerId != null ? sterilizerId : list.isEmpty() ? null : list.get(0).id();
        model.addAttribute("sterilizers", list);
        model.addAttribute("shown", shown);
        model.addAttribute("loads", shown == null ? java.util.List.of() : sterilization.loads(shown, 50));
        model.addAttribute("recalls", sterilization.recalls());
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("kinds", org.yuanwu.infection.SterilizerKind.values());
        model.addAttribute("today", LocalDate.now(Requests.ZONE));
        return "infection/sterilization";
    }

    @PostMapping("/sterilization")
    String registerSterilizer(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String name,
                              @RequestParam(required = false) org.yuanwu.infection.SterilizerKind kind, RedirectAttributes redirect) {
        try {
            var s = sterilization.register(unitId, name, kind);
            redirect.addFlashAttribute("notice", "infection.sterilizer.registered");
            return "redirect:/infection/sterilization?sterilizerId=" + s.id();
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/infection/sterilization";
    }

    @PostMapping("/sterilization/{id}/loads")
    String recordLoad(@PathVariable Long id,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate loadDate,
                      @RequestParam(required = false) Integer packs,
                      @RequestParam(required = false) org.yuanwu.infection.TestResult bowieDick,
                      @RequestParam(required = false) org.yuanwu.infection.TestResult chemical,
                      @RequestParam(required = false) org.yuanwu.infection.TestResult biological,
                      @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            var l = sterilization.recordLoad(id, new org.yuanwu.infection.LoadForm(loadDate, packs, bowieDick, chemical, biological, note));
            redirect.addFlashAttribute("notice", l.released() ? "infection.load.released" : "infection.load.held");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/infection/sterilization?sterilizerId=" + id;
    }

    @PostMapping("/sterilization/loads/{loadId}/biological")
    String biological(@PathVariable Long loadId, @RequestParam Long sterilizerId, @RequestParam(required = false) Long version,
                      @RequestParam(required = false) org.yuanwu.infection.TestResult result, RedirectAttributes redirect) {
        try {
            sterilization.biological(loadId, version, result);
            redirect.addFlashAttribute("notice", result == org.yuanwu.infection.TestResult.FAIL ? "infection.load.recalled"
                    : "infection.load.biologicalSaved");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/infection/sterilization?sterilizerId=" + sterilizerId;
    }

    @GetMapping("/environment")
    String samples(@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "false") boolean failedOnly,
                   @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("unitId", unitId);
        model.addAttribute("failedOnly", failedOnly);
        var samples = environment.samples(unitId, null, null, failedOnly,
                PageRequests.of(page, 20, Sort.by(Sort.Order.desc("sampledOn"), Sort.Order.desc("id"))));
        java.util.Map<Long, org.yuanwu.quality.FindingView> findings = new java.util.HashMap<>();
        for (var s : samples.getContent()) {
            if (!s.passed()) {
                environment.finding(s.id()).ifPresent(f -> findings.put(s.id(), f));
            }
        }
        model.addAttribute("page", samples);
        model.addAttribute("findings", findings);
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("kinds", SampleKind.values());
        model.addAttribute("classes", HygieneClass.values());
        model.addAttribute("today", LocalDate.now(Requests.ZONE));
        return "infection/environment";
    }

    @PostMapping("/environment")
    String record(@RequestParam(required = false) Long unitId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampledOn,
                  @RequestParam(required = false) SampleKind kind, @RequestParam(required = false) String site,
                  @RequestParam(required = false) HygieneClass environmentClass,
                  @RequestParam(required = false) BigDecimal resultCfu, @RequestParam(required = false) Long resampleOf,
                  RedirectAttributes redirect) {
        try {
            var s = environment.recordSample(new SampleForm(unitId, sampledOn, kind, site, environmentClass, resultCfu, resampleOf));
            redirect.addFlashAttribute("notice", s.passed() ? "infection.sample.passed" : "infection.sample.failed");
            redirect.addFlashAttribute("noticeArgs", new Object[] {s.resultCfu().toPlainString(), s.limitCfu().toPlainString()});
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/infection/environment";
    }

    @PostMapping("/environment/{id}/close")
    String close(@PathVariable Long id, @RequestParam(required = false) Long version,
                 @RequestParam(required = false) String correctiveAction, RedirectAttributes redirect) {
        try {
            environment.closeSample(id, version, correctiveAction);
            redirect.addFlashAttribute("notice", "infection.sample.closed");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/infection/environment?failedOnly=true";
    }

    @GetMapping("/uv")
    String lamps(@RequestParam(required = false) Long unitId, Model model) {
        model.addAttribute("unitId", unitId);
        model.addAttribute("lamps", environment.lamps(unitId));
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("types", UvLampType.values());
        model.addAttribute("today", LocalDate.now(Requests.ZONE));
        return "infection/uv";
    }

    @PostMapping("/uv")
    String register(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String location,
                    @RequestParam(required = false) UvLampType lampType,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate installedOn,
                    RedirectAttributes redirect) {
        try {
            environment.registerLamp(new UvLampForm(unitId, location, lampType, installedOn, 0));
            redirect.addFlashAttribute("notice", "infection.uv.registered");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/infection/uv";
    }

    @PostMapping("/uv/{id}/readings")
    String reading(@PathVariable Long id,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate measuredOn,
                   @RequestParam(required = false) BigDecimal intensity, @RequestParam(defaultValue = "false") boolean newLampTest,
                   RedirectAttributes redirect) {
        try {
            var lamp = environment.recordReading(id, new UvReadingForm(measuredOn, intensity, newLampTest, null));
            redirect.addFlashAttribute("notice", Boolean.TRUE.equals(lamp.lastPassed()) ? "infection.uv.passed" : "infection.uv.failed");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/infection/uv#lamp-" + id;
    }

    @PostMapping("/uv/{id}/retire")
    String retire(@PathVariable Long id, @RequestParam(required = false) Long version,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            environment.retireLamp(id, version, reason);
            redirect.addFlashAttribute("notice", "infection.uv.retired");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/infection/uv";
    }

}
