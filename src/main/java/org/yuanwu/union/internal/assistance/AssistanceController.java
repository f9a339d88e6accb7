package org.yuanwu.union.internal.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.web.Forms;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.union.AssistanceService;
import org.yuanwu.union.AssistanceSteps;
import org.yuanwu.union.AssistanceType;
import org.yuanwu.union.AssistanceViews;
import org.yuanwu.union.HardshipLevel;
import org.yuanwu.union.HardshipOutcome;
import org.yuanwu.union.MemberFilter;
import org.yuanwu.union.MemberService;
import org.yuanwu.union.MemberStatus;
import org.yuanwu.union.RetireeCareKind;
import org.yuanwu.union.VisitStatus;
import org.yuanwu.union.internal.UnionPages;

/** The help centre's pages: types and cases, hospital visits, hardship files, holiday welfare, retiree care. */
@Controller
@RequestMapping("/union/assistance")
class AssistanceController {

    private final AssistanceService assistance;
    private final MemberService members;
    private final OrgUnitService units;

    AssistanceController(AssistanceService assistance, MemberService members, OrgUnitService units) {
        this.assistance = assistance;
        this.members = members;
        this.units = units;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("assistanceTypes", AssistanceType.values());
        model.addAttribute("hardshipLevels", HardshipLevel.values());
        model.addAttribute("hardshipOutcomes", HardshipOutcome.values());
        model.addAttribute("careKinds", RetireeCareKind.values());
        model.addAttribute("today", assistance.today());
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("types", assistance.types());
        model.addAttribute("cases", assistance.cases());
        model.addAttribute("openVisits", assistance.visits(VisitStatus.OPEN));
        model.addAttribute("activeMembers", members.activeMembers(null));
        return "union/assistance/overview";
    }

    @PostMapping("/types/{code}")
    String setType(@PathVariable AssistanceType code, @RequestParam(required = false) BigDecimal standardAmount,
                   @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return UnionPages.step("/union/assistance", redirect, "common.saved",
                () -> assistance.setStandardAmount(code, new AssistanceSteps.TypeAmount(standardAmount, version)));
    }

    @PostMapping("/cases")
    String apply(@RequestParam(required = false) Long memberId, @RequestParam(required = false) AssistanceType type,
                 @RequestParam(required = false) String reason, @RequestParam(required = false) BigDecimal amount,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appliedOn,
                 RedirectAttributes redirect) {
        return UnionPages.step("/union/assistance", redirect, "assistance.notice.caseOpened",
                () -> assistance.apply(new AssistanceSteps.CaseApplication(memberId, type, reason, amount, appliedOn)));
    }

    @GetMapping("/visits")
    String visits(@RequestParam(required = false) VisitStatus status, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("visits", assistance.visits(status));
        model.addAttribute("activeMembers", members.activeMembers(null));
        return "union/assistance/visits";
    }

    @PostMapping("/hospitalisations")
    String report(@RequestParam(required = false) Long memberId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportedOn,
                  @RequestParam(required = false) String hospital, @RequestParam(required = false) String note,
                  RedirectAttributes redirect) {
        return UnionPages.step("/union/assistance/visits", redirect, "assistance.notice.visitOpened",
                () -> assistance.reportHospitalisation(new AssistanceSteps.Hospitalisation(memberId, reportedOn, hospital, note)));
    }

    @PostMapping("/visits/{id}/visit")
    String visit(@PathVariable Long id,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
                 @RequestParam(required = false) String visitors, @RequestParam(required = false) BigDecimal giftValue,
                 @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
                 RedirectAttributes redirect) {
        return UnionPages.step("/union/assistance/visits", redirect, "assistance.notice.visitRecorded",
                () -> assistance.recordVisit(id, new AssistanceSteps.Visit(visitedOn, visitors, giftValue, note, version)));
    }

    @GetMapping("/hardship")
    String hardship(Model model) {
        model.addAttribute("files", assistance.hardshipFiles());
        model.addAttribute("activeMembers", members.activeMembers(null));
        return "union/assistance/hardship";
    }

    @PostMapping("/hardship")
    String openHardship(@RequestParam(required = false) Long memberId, @RequestParam(required = false) String situation,
                        @RequestParam(required = false) HardshipLevel level,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedOn,
                        RedirectAttributes redirect) {
        return UnionPages.step("/union/assistance/hardship", redirect, "assistance.notice.hardshipOpened",
                () -> assistance.openHardshipFile(new AssistanceSteps.HardshipOpening(memberId, situation, level, openedOn)));
    }

    @PostMapping("/hardship/{id}/review")
    String review(@PathVariable Long id, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) HardshipOutcome outcome, @RequestParam(required = false) String note,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return UnionPages.step("/union/assistance/hardship", redirect, "assistance.notice.reviewed",
                () -> assistance.reviewHardshipFile(id, new AssistanceSteps.HardshipReviewing(year, outcome, note, version)));
    }

    @GetMapping("/welfare")
    String welfare(Model model) {
        model.addAttribute("distributions", assistance.welfareDistributions());
        model.addAttribute("units", units.allVisible(true));
        return "union/assistance/welfare";
    }

    @PostMapping("/welfare")
    String distribute(@RequestParam(required = false) String festival, @RequestParam(required = false) String item,
                      @RequestParam(required = false) BigDecimal valuePerPerson,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate distributedOn,
                      @RequestParam(required = false) Long unitId, RedirectAttributes redirect) {
        try {
            AssistanceViews.WelfareView w = assistance.distributeWelfare(
                    new AssistanceSteps.WelfarePlan(festival, item, valuePerPerson, distributedOn, unitId));
            redirect.addFlashAttribute("notice", "assistance.notice.welfarePlanned");
            return "redirect:/union/assistance/welfare/" + w.id();
        } catch (DomainException e) {
            Forms.failed(e, redirect);
            return "redirect:/union/assistance/welfare";
        }
    }

    @GetMapping("/welfare/{id}")
    String distribution(@PathVariable Long id, Model model) {
        model.addAttribute("w", assistance.welfareDistribution(id));
        return "union/assistance/welfare-list";
    }

    @PostMapping("/welfare/{id}/recipients/{recipientId}/sign")
    String sign(@PathVariable Long id, @PathVariable Long recipientId, RedirectAttributes redirect) {
        return UnionPages.step("/union/assistance/welfare/" + id, redirect, "assistance.notice.signed",
                () -> assistance.sign(id, recipientId));
    }

    @GetMapping("/retirees")
    String retirees(Model model) {
        model.addAttribute("records", assistance.retireeCare());
        model.addAttribute("retirees", members.search(new MemberFilter(null, null, null, MemberStatus.RETIRED),
                org.springframework.data.domain.PageRequest.of(0, 500, org.springframework.data.domain.Sort.by("name"))).getContent());
        return "union/assistance/retirees";
    }

    @PostMapping("/retirees")
    String care(@RequestParam(required = false) Long memberId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate caredOn,
                @RequestParam(required = false) RetireeCareKind kind, @RequestParam(required = false) String content,
                @RequestParam(required = false) BigDecimal value, RedirectAttributes redirect) {
        return UnionPages.step("/union/assistance/retirees", redirect, "assistance.notice.careRecorded",
                () -> assistance.recordRetireeCare(new AssistanceSteps.RetireeCareEntry(memberId, caredOn, kind, content, value)));
    }
}
