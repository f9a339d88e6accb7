package org.yuanwu.union.internal.honours;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.web.Forms;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.union.ActivityService;
import org.yuanwu.union.HonourFilter;
import org.yuanwu.union.HonourForm;
import org.yuanwu.union.HonourLevel;
import org.yuanwu.union.HonourStatus;
import org.yuanwu.union.HonourView;
import org.yuanwu.union.Honours;
import org.yuanwu.union.internal.activities.Downloads;
import org.yuanwu.union.internal.activities.StaffChoices;

/** The honours pages: the registry (filter, export), an honour with its steps and certificate, the star-rating record. */
@Controller
@RequestMapping("/union/activities/honours")
class HonourController {

    private final Honours honours;
    private final ActivityService activities;
    private final OrgUnitService units;
    private final StaffChoices staff;

    HonourController(Honours honours, ActivityService activities, OrgUnitService units, StaffChoices staff) {
        this.honours = honours;
        this.activities = activities;
        this.units = units;
        this.staff = staff;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("levels", HonourLevel.values());
        model.addAttribute("honourStatuses", HonourStatus.values());
        model.addAttribute("tab", "honours");
    }

    @GetMapping
    String list(HonourFilter filter, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", honours.search(filter, PageRequests.of(page, 20, HonourApiController.ORDER)));
        model.addAttribute("units", units.allVisible(false));
        return "union/honours/list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(HonourFilter filter, Locale locale) {
        return Downloads.excel(honours.export(filter, locale), "honours-" + activities.today() + ".xlsx");
    }

    @GetMapping("/star-rating")
    String starRating(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? activities.today().getYear() : year;
        model.addAttribute("record", honours.starRating(y));
        model.addAttribute("yearText", String.valueOf(y));
        return "union/honours/star-rating";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        HonourForm form = new HonourForm();
        form.setAwardedOn(activities.today());
        return formPage(form, null, model);
    }

    @PostMapping
    String create(@ModelAttribute("honourForm") HonourForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                HonourView h = honours.create(form);
                redirect.addFlashAttribute("notice", "honour.notice.created");
                return "redirect:/union/activities/honours/" + h.id();
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return formPage(form, null, model);
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("h", honours.get(id));
        model.addAttribute("mayManage", honours.mayManage(id));
        model.addAttribute("today", activities.today());
        return "union/honours/detail";
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable Long id, Model model) {
        HonourView h = honours.get(id);
        return formPage(HonourForm.of(h), h, model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable Long id, @ModelAttribute("honourForm") HonourForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                honours.update(id, form);
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/union/activities/honours/" + id;
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return formPage(form, honours.get(id), model);
    }

    @PostMapping("/{id:\\d+}/status")
    String move(@PathVariable Long id, @RequestParam(required = false) HonourStatus status,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate awardedOn,
                @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                RedirectAttributes redirect) {
        try {
            honours.move(id, status, awardedOn, reason, version);
            redirect.addFlashAttribute("notice", "honour.notice.moved");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/union/activities/honours/" + id;
    }

    @PostMapping("/{id:\\d+}/certificate")
    String upload(@PathVariable Long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        try {
            honours.attachCertificate(id, file == null ? null : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes());
            redirect.addFlashAttribute("notice", "honour.notice.certificate");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/union/activities/honours/" + id;
    }

    @GetMapping("/{id:\\d+}/certificate")
    ResponseEntity<byte[]> certificate(@PathVariable Long id) {
        var c = honours.certificate(id).orElseThrow(() -> DomainException.notFound("honour.error.noCertificate"));
        return Downloads.file(c.getValue().getValue(), c.getValue().getKey(), c.getKey(), false);
    }

    private String formPage(HonourForm form, HonourView h, Model model) {
        model.addAttribute("honourForm", form);
        model.addAttribute("h", h);
        model.addAttribute("formAction", h == null ? "/union/activities/honours" : "/union/activities/honours/" + h.id());
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("staffChoices", staff.active());
        return "union/honours/form";
    }
}
