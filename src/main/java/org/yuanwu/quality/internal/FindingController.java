package org.yuanwu.quality.internal;

import org.yuanwu.common.web.Forms;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.quality.FindingFilter;
import org.yuanwu.quality.FindingStatus;
import org.yuanwu.quality.FindingView;
import org.yuanwu.quality.QualityFindings;

/** Findings pages: the filtered list with Excel export, "my unit's open findings", and a finding with its loop. */
@Controller
@RequestMapping("/quality/findings")
class FindingController {

    private final QualityFindings findings;
    private final OrgUnitService units;
    private final StaffService staff;
    private final MessageSource messages;

    FindingController(QualityFindings findings, OrgUnitService units, StaffService staff, MessageSource messages) {
        this.findings = findings;
        this.units = units;
        this.staff = staff;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("findingStatuses", FindingStatus.values());
    }

    @GetMapping
    String list(FindingFilter filter, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", findings.search(filter, PageRequests.of(page, 20, QualityApiController.FINDING_ORDER)));
        model.addAttribute("units", units.allVisible(false));
        model.addAttribute("mine", false);
        return "quality/findings";
    }

    /** The open findings of the caller's own unit (and below), e.g. a head nurse's ward. */
    /** The open-findings panel of the indicator dashboard (loaded there by htmx, so the indicator module does not depend on quality). */
    @GetMapping("/panel")
    String panel(@RequestParam Long unitId, Model model) {
        model.addAttribute("panelCounts", findings.countsFor(unitId));
        model.addAttribute("panelUnitId", unitId);
        return "quality/panel :: panel";
    }

    @GetMapping("/mine")
    String mine(@RequestParam(required = false) Integer page, Model model) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_READ);
        FindingFilter filter = new FindingFilter(actor.scopeUnitId(), FindingStatus.OPEN, null, null);
        model.addAttribute("filter", filter);
        model.addAttribute("page", findings.search(filter, PageRequests.of(page, 20, QualityApiController.FINDING_ORDER)));
        model.addAttribute("units", units.allVisible(false));
        model.addAttribute("mine", true);
        return "quality/findings";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(FindingFilter filter, Locale locale) {
        List<FindingView> rows = findings.export(filter);
        List<String> headers = List.of(msg("quality.finding.unit", locale), msg("quality.finding.item", locale),
                msg("quality.finding.description", locale), msg("quality.finding.pointsLost", locale),
                msg("quality.finding.deadline", locale), msg("quality.finding.status", locale),
                msg("quality.finding.overdue", locale), msg("quality.finding.recurrence", locale),
                msg("quality.finding.responsible", locale), msg("quality.finding.action", locale),
                msg("quality.finding.closedOn", locale));
        List<List<Object>> data = rows.stream().map(f -> List.<Object>of(f.unitName(), f.itemCode(), f.description(),
                f.pointsLost(), f.deadline(), msg("quality.findingStatus." + f.status(), locale),
                f.overdue() ? msg("common.yes", locale) : "", f.recurrence() ? msg("common.yes", locale) : "",
                f.responsibleStaffName() == null ? "" : f.responsibleStaffName(),
                f.correctiveAction() == null ? "" : f.correctiveAction(),
                f.closedOn() == null ? "" : f.closedOn())).toList();
        byte[] xlsx = ExcelSheet.write(msg("quality.findings.title", locale), headers, data);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ExcelSheet.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("findings-" + LocalDate.now() + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(xlsx);
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        FindingView f = findings.get(id);
        model.addAttribute("finding", f);
        Actor actor = CurrentActor.get();
        model.addAttribute("staffChoices", actor.can(Permissions.STAFF_READ)
                ? staff.search(new StaffFilter(null, f.unitId(), null, StaffStatus.ACTIVE, null, null),
                PageRequests.of(0, 200, org.springframework.data.domain.Sort.by("name"))).getContent()
                : List.of());
        return "quality/finding";
    }

    @PostMapping("/{id}/answer")
    String answer(@PathVariable Long id, @RequestParam(required = false) Long version,
                  @RequestParam(required = false) String correctiveAction,
                  @RequestParam(required = false) Long responsibleStaffId,
                  @RequestParam(required = false) MultipartFile evidence, RedirectAttributes redirect) {
        try {
            byte[] content = evidence == null || evidence.isEmpty() ? null : QualityApiController.bytes(evidence, "evidence");
            findings.answer(id, version, correctiveAction, responsibleStaffId,
                    evidence == null ? null : evidence.getOriginalFilename(), content);
            redirect.addFlashAttribute("notice", "quality.notice.answered");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
            redirect.addFlashAttribute("typedAction", correctiveAction);
        }
        return "redirect:/quality/findings/" + id;
    }

    @PostMapping("/{id}/accountability")
    String accountability(@PathVariable Long id, @RequestParam(required = false) Long version,
                          @RequestParam(required = false) String text, RedirectAttributes redirect) {
        try {
            findings.accountability(id, version, text);
            redirect.addFlashAttribute("notice", "quality.notice.accountability");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/quality/findings/" + id;
    }

    @PostMapping("/{id}/verify")
    String verify(@PathVariable Long id, @RequestParam(required = false) Long version, @RequestParam boolean accept,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            findings.verify(id, version, accept, reason);
            redirect.addFlashAttribute("notice", accept ? "quality.notice.accepted" : "quality.notice.rejected");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/quality/findings/" + id;
    }

    @PostMapping("/{id}/assign")
    String assign(@PathVariable Long id, @RequestParam(required = false) Long version,
                  @RequestParam(required = false) Long responsibleStaffId,
                  @RequestParam(required = false) LocalDate deadline, RedirectAttributes redirect) {
        try {
            findings.assign(id, version, responsibleStaffId, deadline);
            redirect.addFlashAttribute("notice", "common.saved");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/quality/findings/" + id;
    }

    @GetMapping("/{id}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable Long id) {
        return QualityApiController.file(findings.evidence(id), true);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
