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
    private final OrgUnitService units;

    EnvironmentController(EnvironmentService environment, OrgUnitService units) {
        this.environment = environment;
        this.units = units;
    }

    @GetMapping("/environment")
    String samples(@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "false") boolean failedOnly,
                   @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("unitId", unitId);
        model.addAttribute("failedOnly", failedOnly);
        model.addAttribute("page", environment.samples(unitId, null, null, failedOnly,
                PageRequests.of(page, 20, Sort.by(Sort.Order.desc("sampledOn"), Sort.Order.desc("id")))));
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
