package org.yuanwu.union.internal.fund;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.common.web.PagedResponse;
import org.yuanwu.union.FundAccount;
import org.yuanwu.union.FundBalance;
import org.yuanwu.union.FundEntryView;
import org.yuanwu.union.FundExpenseStatus;
import org.yuanwu.union.FundExpenseView;
import org.yuanwu.union.FundFileContent;
import org.yuanwu.union.FundLedger;
import org.yuanwu.union.FundStatement;
import org.yuanwu.union.FundSteps;
import org.yuanwu.union.internal.UnionFiles;

/** The union fund over JSON: balances, statements, journal entries and reversals, expenses from request to payment. */
@RestController
@RequestMapping("/api/v1/union/fund")
@Tag(name = "Union fund", description = "Double-entry ledger of the union fund: income, expense request → approval at a "
        + "hospital affairs meeting (UNION_FUND_APPROVE) → payment up to the approved amount, attachments, balances, "
        + "monthly and yearly statements; posted entries are corrected only by reversal")
class FundApiController {

    static final Sort ENTRY_ORDER = Sort.by(Sort.Order.desc("postedOn"), Sort.Order.desc("id"));
    static final Sort EXPENSE_ORDER = Sort.by(Sort.Order.desc("requestedOn"), Sort.Order.desc("id"));

    private final FundLedger ledger;

    FundApiController(FundLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/balances")
    @Operation(summary = "Every account's debits, credits and balance over all entries")
    List<FundBalance> balances() {
        return ledger.balances();
    }

    @GetMapping("/statement")
    @Operation(summary = "The statement of a month (month 1-12) or, without month, of the year")
    FundStatement statement(@RequestParam int year, @RequestParam(required = false) Integer month) {
        return ledger.statement(year, month);
    }

    @GetMapping("/statement/export")
    ResponseEntity<byte[]> statementExcel(@RequestParam int year, @RequestParam(required = false) Integer month,
                                          Locale locale) {
        return UnionFiles.excel(ledger.statementExcel(year, month, locale),
                "union-fund-" + year + (month == null ? "" : "-" + month) + ".xlsx");
    }

    @GetMapping("/entries")
    PagedResponse<FundEntryView> entries(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return PagedResponse.of(ledger.entries(from, to, PageRequests.of(page, size, ENTRY_ORDER)));
    }

    @GetMapping("/entries/{id}")
    FundEntryView entry(@PathVariable Long id) {
        return ledger.entry(id);
    }

    @PostMapping("/income")
    @Operation(summary = "Post income (dues, allocation, other) received into BANK or CASH")
    ResponseEntity<FundEntryView> income(@RequestBody FundSteps.Income body) {
        FundEntryView e = ledger.postIncome(body);
        return ResponseEntity.created(URI.create("/api/v1/union/fund/entries/" + e.id())).body(e);
    }

    @PostMapping("/entries/{id}/reversal")
    @Operation(summary = "Cancel a posted entry by a reversal entry (every line swapped); once per entry")
    ResponseEntity<FundEntryView> reverse(@PathVariable Long id, @RequestBody FundSteps.Reversal body) {
        FundEntryView e = ledger.reverse(id, body);
        return ResponseEntity.created(URI.create("/api/v1/union/fund/entries/" + e.id())).body(e);
    }

    @PutMapping("/entries/{id}")
    @Operation(summary = "Always refused (409): a posted entry is never edited; post a reversal instead")
    void editEntry(@PathVariable Long id) {
        ledger.refuseChange(id);
    }

    @DeleteMapping("/entries/{id}")
    @Operation(summary = "Always refused (409): a posted entry is never deleted; post a reversal instead")
    void deleteEntry(@PathVariable Long id) {
        ledger.refuseChange(id);
    }

    @GetMapping("/expenses")
    PagedResponse<FundExpenseView> expenses(@RequestParam(required = false) FundExpenseStatus status,
                                            @RequestParam(required = false) FundAccount category,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size) {
        return PagedResponse.of(ledger.expenses(status, category, PageRequests.of(page, size, EXPENSE_ORDER)));
    }

    @GetMapping("/expenses/{id}")
    FundExpenseView expense(@PathVariable Long id) {
        return ledger.expense(id);
    }

    @PostMapping("/expenses")
    @Operation(summary = "Request an expense (UNION_WRITE)")
    ResponseEntity<FundExpenseView> request(@RequestBody FundSteps.ExpenseRequest body) {
        FundExpenseView x = ledger.requestExpense(body, null, null);
        return ResponseEntity.created(URI.create("/api/v1/union/fund/expenses/" + x.id())).body(x);
    }

    @PutMapping("/expenses/{id}")
    @Operation(summary = "Correct a request while it is REQUESTED; refused (409) once approved, rejected or paid")
    FundExpenseView update(@PathVariable Long id, @RequestBody FundSteps.ExpenseRequest body) {
        return ledger.updateRequest(id, body);
    }

    @DeleteMapping("/expenses/{id}")
    @Operation(summary = "Always refused (409): an expense is rejected or reversed, never deleted")
    void delete(@PathVariable Long id) {
        ledger.expense(id);
        throw DomainException.conflict("fund.error.expenseNotDeletable");
    }

    @PostMapping("/expenses/{id}/approval")
    @Operation(summary = "Approve (UNION_FUND_APPROVE) at a hospital affairs meeting: date and minute number")
    FundExpenseView approve(@PathVariable Long id, @RequestBody FundSteps.Approval body) {
        return ledger.approve(id, body);
    }

    @PostMapping("/expenses/{id}/rejection")
    FundExpenseView reject(@PathVariable Long id, @RequestBody FundSteps.Rejection body) {
        return ledger.reject(id, body);
    }

    @PostMapping("/expenses/{id}/payment")
    @Operation(summary = "Pay an approved expense: at most the approved amount, else 400")
    FundExpenseView pay(@PathVariable Long id, @RequestBody FundSteps.Payment body) {
        return ledger.postPayment(id, body);
    }

    @PostMapping(path = "/expenses/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach an invoice or minute (PDF, JPEG, PNG, XLSX, DOCX; at most 10 MB)")
    FundExpenseView attach(@PathVariable Long id, @RequestPart("file") MultipartFile file) throws IOException {
        return ledger.attach(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
    }

    @GetMapping("/expenses/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable Long id, @PathVariable Long attachmentId) {
        FundFileContent f = ledger.attachment(id, attachmentId);
        return UnionFiles.file(f.content(), f.fileName(), f.contentType());
    }
}
