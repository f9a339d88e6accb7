package org.yuanwu.union.internal.health;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.yuanwu.common.DomainException;
import org.yuanwu.common.web.Forms;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.union.HealthCheckFindingForm;
import org.yuanwu.union.HealthCheckForm;
import org.yuanwu.union.HealthCheckService;
import org.yuanwu.union.HealthCheckView;
import org.yuanwu.union.internal.activities.Downloads;

/**
 * The staff health check pages: campaigns, the attendance list (no findings on it), the reminder export; and, for
 * occupational health only, the findings of a campaign and each person's health file.
 */
@Controller
@RequestMapping("/union/health-checks")
class HealthCheckController {

    private final HealthCheckService health;
    private final OrgUnitService units;

    HealthCheckController(HealthCheckService health, OrgUnitService units) {
        this.health = health;
        this.units = units;
    }

    @GetMapping
    String list(Model model) {
        HealthCheckForm form = new HealthCheckForm();
        LocalDate today = health.today();
        form.setYear(today.getYear());
        form.setStartsOn(today);
        form.setEndsOn(today.plusMonths(1));
        return listPage(form, model);
    }

    @PostMapping
    String create(@ModelAttribute("healthCheckForm") HealthCheckForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                HealthCheckView v = health.create(form);
                redirect.addFlashAttribute("notice", "health.notice.created");
                return "redirect:/union/health-checks/" + v.id();
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return listPage(form, model);
    }

    private String listPage(HealthCheckForm form, Model model) {
        model.addAttribute("campaigns", health.list());
        model.addAttribute("healthCheckForm", form);
        model.addAttribute("units", units.allVisible(true));
        return "union/health/list";
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable Long id, @RequestParam(required = false) Boolean attended,
                @RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("campaign", health.get(id));
        model.addAttribute("attended", attended);
        model.addAttribute("unitId", unitId);
        model.addAttribute("page", health.attendance(id, attended, unitId,
                PageRequests.of(page, 50, HealthCheckApiController.ORDER)));
        model.addAttribute("units", units.allVisible(false));
        model.addAttribute("mayReadFindings", health.mayReadFindings());
        model.addAttribute("today", health.today());
        return "union/health/detail";
    }

    @GetMapping("/{id:\\d+}/pending/export")
    ResponseEntity<byte[]> pending(@PathVariable Long id, Locale locale) {
        return Downloads.excel(health.exportPending(id, locale), "health-check-reminders-" + id + ".xlsx");
    }

    @PostMapping("/{id:\\d+}/attendance")
    String attend(@PathVariable Long id, @RequestParam(required = false) Long staffId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate attendedOn,
                  @RequestParam(required = false) String back, RedirectAttributes redirect) {
        try {
            health.recordAttendance(id, staffId, attendedOn);
            redirect.addFlashAttribute("notice", "health.notice.attended");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/union/health-checks/" + id;
    }

    @GetMapping("/{id:\\d+}/findings")
    String findings(@PathVariable Long id, @RequestParam(required = false) Boolean abnormalOnly, Model model) {
        model.addAttribute("findings", health.findings(id, abnormalOnly));
        model.addAttribute("campaign", health.get(id));
        model.addAttribute("abnormalOnly", abnormalOnly);
        model.addAttribute("attendees", health.attendance(id, true, null, PageRequests.of(0, 200,
                HealthCheckApiController.ORDER)).getContent());
        return "union/health/findings";
    }

    @PostMapping("/{id:\\d+}/findings")
    String record(@PathVariable Long id, @RequestParam(required = false) Long staffId,
                  @RequestParam(required = false) Boolean abnormal, @RequestParam(required = false) String findings,
                  @RequestParam(required = false) String conclusion, @RequestParam(required = false) String advice,
                  RedirectAttributes redirect) {
        try {
            health.recordFinding(id, new HealthCheckFindingForm(staffId, abnormal, findings, conclusion, advice));
            redirect.addFlashAttribute("notice", "health.notice.findingRecorded");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/union/health-checks/" + id + "/findings";
    }

    @GetMapping("/files/{staffId}")
    String file(@PathVariable Long staffId, Model model) {
        model.addAttribute("file", health.file(staffId));
        return "union/health/file";
    }
}
