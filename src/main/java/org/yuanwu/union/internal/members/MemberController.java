package org.yuanwu.union.internal.members;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.union.DuesFilter;
import org.yuanwu.union.DuesService;
import org.yuanwu.union.DuesSteps;
import org.yuanwu.union.FundAccount;
import org.yuanwu.union.MemberFilter;
import org.yuanwu.union.MemberForm;
import org.yuanwu.union.MemberService;
import org.yuanwu.union.MemberStatus;
import org.yuanwu.union.MemberSteps;
import org.yuanwu.union.MemberView;
import org.yuanwu.union.internal.UnionFiles;
import org.yuanwu.union.internal.UnionPages;

/** The member pages: list with filters and export, joining, the member's page with its steps, coverage, import, dues. */
@Controller
@RequestMapping("/union/members")
class MemberController {

    static final int PAGE_SIZE = 20;

    private final MemberService members;
    private final DuesService dues;
    private final OrgUnitService units;

    MemberController(MemberService members, DuesService dues, OrgUnitService units) {
        this.members = members;
        this.dues = dues;
        this.units = units;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("employmentTypes", EmploymentType.values());
        model.addAttribute("memberStatuses", MemberStatus.values());
        model.addAttribute("cashAccounts", FundAccount.of(FundAccount.Kind.ASSET));
    }

    @GetMapping
    String list(MemberFilter filter, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", members.search(filter, PageRequests.of(page, PAGE_SIZE, MemberApiController.ORDER)));
        model.addAttribute("units", units.allVisible(false));
        return "union/members/list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(MemberFilter filter, Locale locale) {
        return UnionFiles.excel(members.export(filter, locale), "union-members-" + members.today() + ".xlsx");
    }

    @GetMapping("/coverage")
    String coverage(Model model) {
        model.addAttribute("rows", members.coverage());
        return "union/members/coverage";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        MemberForm form = new MemberForm();
        form.setJoinedOn(members.today());
        model.addAttribute("memberForm", form);
        return "union/members/form";
    }

    @PostMapping
    String join(@ModelAttribute("memberForm") MemberForm form, BindingResult binding, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        try {
            MemberView m = members.join(form);
            redirect.addFlashAttribute("notice", "member.notice.joined");
            return "redirect:/union/members/" + m.id();
        } catch (DomainException e) {
            Forms.rejected(e, binding, model, response);
        }
        return "union/members/form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("m", members.get(id));
        model.addAttribute("history", members.history(id));
        model.addAttribute("wageBases", dues.wageBases(id));
        model.addAttribute("duesPeriods", dues.ofMember(id));
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("today", members.today());
        return "union/members/detail";
    }

    @PostMapping("/{id}/transfer")
    String transfer(@PathVariable Long id, @RequestParam(required = false) Long toUnitId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                    @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
                    RedirectAttributes redirect) {
        return UnionPages.step("/union/members/" + id, redirect, "member.notice.transferred",
                () -> members.transfer(id, new MemberSteps.Transfer(toUnitId, on, note, version)));
    }

    @PostMapping("/{id}/leave")
    String leave(@PathVariable Long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                 @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                 RedirectAttributes redirect) {
        return UnionPages.step("/union/members/" + id, redirect, "member.notice.left",
                () -> members.leave(id, new MemberSteps.Ending(on, reason, version)));
    }

    @PostMapping("/{id}/retire")
    String retire(@PathVariable Long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        return UnionPages.step("/union/members/" + id, redirect, "member.notice.retired",
                () -> members.retire(id, new MemberSteps.Ending(on, reason, version)));
    }

    @PostMapping("/{id}/wage-base")
    String wageBase(@PathVariable Long id, @RequestParam(required = false) Integer year,
                    @RequestParam(required = false) BigDecimal monthlyBase, RedirectAttributes redirect) {
        return UnionPages.step("/union/members/" + id, redirect, "member.notice.wageBaseSaved",
                () -> dues.setWageBase(new DuesSteps.WageBaseEntry(id, year, monthlyBase)));
    }

    @GetMapping("/import")
    String importPage() {
        return "union/members/import";
    }

    @GetMapping("/import/template")
    ResponseEntity<byte[]> template(Locale locale) {
        return UnionFiles.excel(members.importTemplate(locale), "union-members-template.xlsx");
    }

    @PostMapping("/import")
    String importWorkbook(@RequestParam(required = false) MultipartFile file, Locale locale, Model model,
                          HttpServletResponse response) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw DomainException.invalid("file", "member.error.unreadableWorkbook");
            }
            model.addAttribute("report", members.importWorkbook(file.getBytes(), locale));
        } catch (DomainException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e instanceof org.yuanwu.common.AccessDeniedProblem) {
                throw e;
            }
            response.setStatus(e.status().value());
            model.addAttribute("importError", e.messageKey());
        }
        return "union/members/import";
    }

    // ---------------------------------------------------------------- dues

    @GetMapping("/dues")
    String dues(DuesFilter filter, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Integer page, Model model) {
        int y = year == null ? dues.today().getYear() : year;
        model.addAttribute("filter", filter);
        model.addAttribute("year", String.valueOf(y));
        model.addAttribute("rule", dues.rule(y));
        model.addAttribute("currentMonth", YearMonth.from(dues.today()).toString());
        model.addAttribute("page", dues.search(filter, PageRequests.of(page, 50, MemberApiController.DUES_ORDER)));
        model.addAttribute("units", units.allVisible(false));
        model.addAttribute("today", dues.today());
        return "union/members/dues";
    }

    @PostMapping("/dues/rule")
    String rule(@RequestParam(required = false) Integer year, @RequestParam(required = false) BigDecimal ratePercent,
                RedirectAttributes redirect) {
        return UnionPages.step("/union/members/dues", redirect, "member.dues.notice.ruleSaved",
                () -> dues.setRule(new DuesSteps.Rule(year, ratePercent)));
    }

    @PostMapping("/dues/generate")
    String generate(@RequestParam(required = false) String month, RedirectAttributes redirect) {
        try {
            DuesSteps.GenerationResult r = dues.generate(new DuesSteps.Generation(month));
            redirect.addFlashAttribute("generated", r);
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/union/members/dues?month=" + (month == null ? "" : month.strip());
    }

    @PostMapping("/dues/pay")
    String pay(@RequestParam(required = false) List<Long> periodIds,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
               @RequestParam(required = false) FundAccount account, @RequestParam(required = false) String back,
               RedirectAttributes redirect) {
        String to = back != null && back.startsWith("/union/members") ? back : "/union/members/dues";
        return UnionPages.step(to, redirect, "member.dues.notice.paid",
                () -> dues.pay(new DuesSteps.Payment(periodIds, paidOn, account)));
    }

    @GetMapping("/dues/arrears/export")
    ResponseEntity<byte[]> arrears(@RequestParam(required = false) Long unitId, Locale locale) {
        return UnionFiles.excel(dues.exportArrears(unitId, locale), "union-dues-arrears.xlsx");
    }
}
