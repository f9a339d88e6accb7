package org.yuanwu.union.internal.fund;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.yuanwu.union.FundAccount;
import org.yuanwu.union.FundEntryView;
import org.yuanwu.union.FundExpenseStatus;
import org.yuanwu.union.FundExpenseView;
import org.yuanwu.union.FundFileContent;
import org.yuanwu.union.FundLedger;
import org.yuanwu.union.FundSteps;
import org.yuanwu.union.internal.UnionFiles;
import org.yuanwu.union.internal.UnionPages;

/** The fund pages: balances and expenses, journal entries and reversals, income, the expense steps, statements. */
@Controller
@RequestMapping("/union/fund")
class FundController {

    private final FundLedger ledger;

    FundController(FundLedger ledger) {
        this.ledger = ledger;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("cashAccounts", FundAccount.of(FundAccount.Kind.ASSET));
        model.addAttribute("incomeAccounts", FundAccount.of(FundAccount.Kind.INCOME));
        model.addAttribute("expenseAccounts", FundAccount.of(FundAccount.Kind.EXPENSE));
        model.addAttribute("expenseStatuses", FundExpenseStatus.values());
    }

    @GetMapping
    String overview(@RequestParam(required = false) FundExpenseStatus status,
                    @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("balances", ledger.balances());
        model.addAttribute("status", status);
        model.addAttribute("page", ledger.expenses(status, null, PageRequests.of(page, 20, FundApiController.EXPENSE_ORDER)));
        model.addAttribute("today", ledger.today());
        return "union/fund/overview";
    }

    @GetMapping("/entries")
    String entries(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("page", ledger.entries(from, to, PageRequests.of(page, 30, FundApiController.ENTRY_ORDER)));
        return "union/fund/entries";
    }

    @GetMapping("/entries/{id}")
    String entry(@PathVariable Long id, Model model) {
        model.addAttribute("e", ledger.entry(id));
        model.addAttribute("today", ledger.today());
        return "union/fund/entry";
    }

    @PostMapping("/entries/{id}/reverse")
    String reverse(@PathVariable Long id, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate postedOn,
                   RedirectAttributes redirect) {
        try {
            FundEntryView r = ledger.reverse(id, new FundSteps.Reversal(reason, postedOn));
            redirect.addFlashAttribute("notice", "fund.notice.reversed");
            return "redirect:/union/fund/entries/" + r.id();
        } catch (DomainException e) {
            Forms.failed(e, redirect);
            return "redirect:/union/fund/entries/" + id;
        }
    }

    @GetMapping("/income/new")
    String incomeForm(Model model) {
        IncomeForm form = new IncomeForm();
        form.setPostedOn(ledger.today());
        model.addAttribute("incomeForm", form);
        return "union/fund/income";
    }

    @PostMapping("/income")
    String income(@ModelAttribute("incomeForm") IncomeForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        try {
            FundEntryView e = ledger.postIncome(form.toIncome());
            redirect.addFlashAttribute("notice", "fund.notice.posted");
            return "redirect:/union/fund/entries/" + e.id();
        } catch (DomainException e) {
            Forms.rejected(e, binding, model, response);
        }
        return "union/fund/income";
    }

    @GetMapping("/expenses/new")
    String expenseForm(Model model) {
        ExpenseRequestForm form = new ExpenseRequestForm();
        form.setRequestedOn(ledger.today());
        model.addAttribute("expenseForm", form);
        model.addAttribute("x", null);
        return "union/fund/expense-form";
    }

    @PostMapping("/expenses")
    String request(@ModelAttribute("expenseForm") ExpenseRequestForm form, BindingResult binding, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        try {
            FundExpenseView x = ledger.requestExpense(form.toRequest(null), null, null);
            redirect.addFlashAttribute("notice", "fund.notice.requested");
            return "redirect:/union/fund/expenses/" + x.id();
        } catch (DomainException e) {
            Forms.rejected(e, binding, model, response);
        }
        model.addAttribute("x", null);
        return "union/fund/expense-form";
    }

    @GetMapping("/expenses/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        FundExpenseView x = ledger.expense(id);
        ExpenseRequestForm form = new ExpenseRequestForm();
        form.setCategory(x.category());
        form.setPurpose(x.purpose());
        form.setAmount(x.requested());
        form.setRequestedOn(x.requestedOn());
        model.addAttribute("expenseForm", form);
        model.addAttribute("x", x);
        return "union/fund/expense-form";
    }

    @PostMapping("/expenses/{id}")
    String update(@PathVariable Long id, @ModelAttribute("expenseForm") ExpenseRequestForm form, BindingResult binding,
                  @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        try {
            ledger.updateRequest(id, form.toRequest(version));
            redirect.addFlashAttribute("notice", "common.saved");
            return "redirect:/union/fund/expenses/" + id;
        } catch (DomainException e) {
            Forms.rejected(e, binding, model, response);
        }
        model.addAttribute("x", ledger.expense(id));
        return "union/fund/expense-form";
    }

    @GetMapping("/expenses/{id}")
    String expense(@PathVariable Long id, Model model) {
        model.addAttribute("x", ledger.expense(id));
        model.addAttribute("today", ledger.today());
        return "union/fund/expense";
    }

    @PostMapping("/expenses/{id}/approve")
    String approve(@PathVariable Long id, @RequestParam(required = false) BigDecimal approvedAmount,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetingDate,
                   @RequestParam(required = false) String minuteNo, @RequestParam(required = false) String note,
                   @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return UnionPages.step("/union/fund/expenses/" + id, redirect, "fund.notice.approved",
                () -> ledger.approve(id, new FundSteps.Approval(approvedAmount, meetingDate, minuteNo, note, version)));
    }

    @PostMapping("/expenses/{id}/reject")
    String reject(@PathVariable Long id, @RequestParam(required = false) String note,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return UnionPages.step("/union/fund/expenses/" + id, redirect, "fund.notice.rejected",
                () -> ledger.reject(id, new FundSteps.Rejection(note, version)));
    }

    @PostMapping("/expenses/{id}/pay")
    String pay(@PathVariable Long id, @RequestParam(required = false) BigDecimal amount,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
               @RequestParam(required = false) FundAccount account, @RequestParam(required = false) Long version,
               RedirectAttributes redirect) {
        return UnionPages.step("/union/fund/expenses/" + id, redirect, "fund.notice.paid",
                () -> ledger.postPayment(id, new FundSteps.Payment(amount, paidOn, account, version)));
    }

    @PostMapping("/expenses/{id}/attachments")
    String attach(@PathVariable Long id, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        byte[] content = file == null ? null : file.getBytes();
        return UnionPages.step("/union/fund/expenses/" + id, redirect, "fund.notice.attached",
                () -> ledger.attach(id, file == null ? null : file.getOriginalFilename(),
                        file == null ? null : file.getContentType(), content));
    }

    @GetMapping("/expenses/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable Long id, @PathVariable Long attachmentId) {
        FundFileContent f = ledger.attachment(id, attachmentId);
        return UnionFiles.file(f.content(), f.fileName(), f.contentType());
    }

    @GetMapping("/statement")
    String statement(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month,
                     Model model) {
        int y = year == null ? ledger.today().getYear() : year;
        model.addAttribute("s", ledger.statement(y, month));
        model.addAttribute("year", String.valueOf(y));
        model.addAttribute("month", month);
        return "union/fund/statement";
    }

    @GetMapping("/statement/export")
    ResponseEntity<byte[]> statementExcel(@RequestParam(required = false) Integer year,
                                          @RequestParam(required = false) Integer month, Locale locale) {
        int y = year == null ? ledger.today().getYear() : year;
        return UnionFiles.excel(ledger.statementExcel(y, month, locale),
                "union-fund-" + y + (month == null ? "" : "-" + month) + ".xlsx");
    }
}
