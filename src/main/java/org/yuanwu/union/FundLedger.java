package org.yuanwu.union;

import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.HospitalTime;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.union.internal.fund.FundAttachment;
import org.yuanwu.union.internal.fund.FundAttachmentRepository;
import org.yuanwu.union.internal.fund.FundEntry;
import org.yuanwu.union.internal.fund.FundEntryRepository;
import org.yuanwu.union.internal.fund.FundExpense;
import org.yuanwu.union.internal.fund.FundExpenseRepository;
import org.yuanwu.union.internal.fund.FundLine;
import org.yuanwu.union.internal.fund.FundLineRepository;
import org.yuanwu.union.internal.members.DuesPeriod;
import org.yuanwu.union.internal.members.DuesPeriodRepository;

/**
 * The union fund, kept as a double-entry ledger. Every posting is a balanced journal entry that is
 * never edited or deleted: a mistake is corrected by a reversal entry. Income is posted directly;
 * an expense is requested, approved by a UNION_FUND_APPROVE holder at a recorded hospital affairs
 * meeting, and paid (at most the approved amount) by a UNION_WRITE holder. Read with UNION_READ.
 * Other union parts spend from the fund through {@link #requestExpense} and {@link #postPayment}.
 */
@Service
@Transactional
public class FundLedger {

    public static final String ENTRY_TYPE = "union_fund_entry";
    public static final String EXPENSE_TYPE = "union_fund_expense";
    public static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;
    public static final Set<String> ATTACHMENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final FundEntryRepository entries;
    private final FundLineRepository lines;
    private final FundExpenseRepository expenses;
    private final FundAttachmentRepository attachments;
    private final DuesPeriodRepository duesPeriods;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    FundLedger(FundEntryRepository entries, FundLineRepository lines, FundExpenseRepository expenses,
               FundAttachmentRepository attachments, DuesPeriodRepository duesPeriods, ApplicationEventPublisher events,
               MessageSource messages, Optional<Clock> clock) {
        this.entries = entries;
        this.lines = lines;
        this.expenses = expenses;
        this.attachments = attachments;
        this.duesPeriods = duesPeriods;
        this.events = events;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(HospitalTime.ZONE));
    }

    // ---------------------------------------------------------------- reading

    /** Every account's balance over all entries posted. */
    @Transactional(readOnly = true)
    public List<FundBalance> balances() {
        CurrentActor.require(Permissions.UNION_READ);
        Map<FundAccount, long[]> totals = totals(lines.totals());
        List<FundBalance> out = new ArrayList<>();
        for (FundAccount a : FundAccount.values()) {
            long[] t = totals.getOrDefault(a, new long[2]);
            out.add(new FundBalance(a, BigDecimal.ZERO.setScale(2), FundAmounts.yuan(t[0]), FundAmounts.yuan(t[1]),
                    FundAmounts.yuan(LedgerRules.balance(a, t[0], t[1]))));
        }
        return out;
    }

    /** The statement of a month (1-12) or, with month null, of the whole year. */
    @Transactional(readOnly = true)
    public FundStatement statement(int year, Integer month) {
        CurrentActor.require(Permissions.UNION_READ);
        if (year < 2000 || year > 2100) {
            throw DomainException.invalid("year", "fund.error.badYear");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw DomainException.invalid("month", "fund.error.badMonth");
        }
        LocalDate from = month == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, month, 1);
        LocalDate to = month == null ? LocalDate.of(year, 12, 31) : from.plusMonths(1).minusDays(1);
        Map<FundAccount, long[]> before = totals(lines.totalsBefore(from));
        Map<FundAccount, long[]> during = totals(lines.totalsBetween(from, to));
        List<FundBalance> rows = new ArrayList<>();
        long income = 0;
        long expense = 0;
        long atHand = 0;
        for (FundAccount a : FundAccount.values()) {
            long[] b = before.getOrDefault(a, new long[2]);
            long[] d = during.getOrDefault(a, new long[2]);
            long opening = LedgerRules.balance(a, b[0], b[1]);
            long movement = LedgerRules.balance(a, d[0], d[1]);
            long closing = opening + movement;
            rows.add(new FundBalance(a, FundAmounts.yuan(opening), FundAmounts.yuan(d[0]), FundAmounts.yuan(d[1]),
                    FundAmounts.yuan(closing)));
            switch (a.kind()) {
                case INCOME -> income += movement;
                case EXPENSE -> expense += movement;
                case ASSET -> atHand += closing;
            }
        }
        return new FundStatement(year, month, from, to, rows, FundAmounts.yuan(income), FundAmounts.yuan(expense),
                FundAmounts.yuan(atHand));
    }

    @Transactional(readOnly = true)
    public byte[] statementExcel(int year, Integer month, Locale locale) {
        FundStatement s = statement(year, month);
        List<List<?>> rows = new ArrayList<>();
        for (FundBalance b : s.accounts()) {
            rows.add(Arrays.asList(text("fund.account." + b.account(), locale), b.opening(), b.debits(), b.credits(),
                    b.closing()));
        }
        rows.add(Arrays.asList(text("fund.statement.income", locale), null, null, null, s.income()));
        rows.add(Arrays.asList(text("fund.statement.expense", locale), null, null, null, s.expense()));
        rows.add(Arrays.asList(text("fund.statement.fundsAtHand", locale), null, null, null, s.fundsAtHand()));
        List<String> headers = new ArrayList<>();
        for (String k : List.of("account", "opening", "debits", "credits", "closing")) {
            headers.add(text("fund.statement." + k, locale));
        }
        return ExcelSheet.write(s.from() + "~" + s.to(), headers, rows);
    }

    @Transactional(readOnly = true)
    public Page<FundEntryView> entries(LocalDate from, LocalDate to, Pageable pageable) {
        CurrentActor.require(Permissions.UNION_READ);
        Specification<FundEntry> spec = (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (from != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("postedOn"), from));
            }
            if (to != null) {
                p.add(cb.lessThanOrEqualTo(root.get("postedOn"), to));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
        Page<FundEntry> page = entries.findAll(spec, pageable);
        Map<Long, List<FundLine>> byEntry = page.isEmpty() ? Map.of() : lines.findByEntryIdIn(
                page.getContent().stream().map(e -> e.id).toList()).stream().collect(Collectors.groupingBy(l -> l.entryId));
        return page.map(e -> view(e, byEntry.getOrDefault(e.id, List.of())));
    }

    @Transactional(readOnly = true)
    public FundEntryView entry(Long id) {
        CurrentActor.require(Permissions.UNION_READ);
        FundEntry e = loadEntry(id);
        return view(e, lines.findByEntryIdOrderByIdAsc(id));
    }

    @Transactional(readOnly = true)
    public Page<FundExpenseView> expenses(FundExpenseStatus status, FundAccount category, Pageable pageable) {
        CurrentActor.require(Permissions.UNION_READ);
        Specification<FundExpense> spec = (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (status != null) {
                p.add(cb.equal(root.get("status"), status));
            }
            if (category != null) {
                p.add(cb.equal(root.get("category"), category));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
        return expenses.findAll(spec, pageable).map(x -> view(x, false));
    }

    @Transactional(readOnly = true)
    public FundExpenseView expense(Long id) {
        CurrentActor.require(Permissions.UNION_READ);
        return view(loadExpense(id), true);
    }

    /** The expenses with these ids (for other union parts that link to them), without attachments. */
    @Transactional(readOnly = true)
    public Map<Long, FundExpenseView> expensesById(java.util.Collection<Long> ids) {
        return expenses.findByIdIn(ids).stream().collect(Collectors.toMap(x -> x.id, x -> view(x, false)));
    }

    @Transactional(readOnly = true)
    public FundFileContent attachment(Long expenseId, Long attachmentId) {
        CurrentActor.require(Permissions.UNION_READ);
        FundAttachment a = attachments.findById(attachmentId).filter(x -> x.expenseId.equals(expenseId))
                .orElseThrow(() -> DomainException.notFound("fund.error.attachmentNotFound", attachmentId));
        return new FundFileContent(a.fileName, a.contentType, a.content);
    }

    // ---------------------------------------------------------------- posting

    /** Income received into BANK or CASH. */
    public FundEntryView postIncome(FundSteps.Income body) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        if (body.incomeAccount() == null || body.incomeAccount().kind() != FundAccount.Kind.INCOME) {
            throw DomainException.invalid("incomeAccount", "fund.error.incomeAccount");
        }
        FundAccount into = cashAccount(body.into(), "into");
        long fen = FundAmounts.fen(body.amount(), "amount", false);
        String memo = required(body.memo(), "memo", 500);
        FundEntry e = post(List.of(LedgerRules.Line.debit(into, fen), LedgerRules.Line.credit(body.incomeAccount(), fen)),
                postingDate(body.postedOn(), "postedOn"), memo, "union.income", null, actor);
        return view(e, lines.findByEntryIdOrderByIdAsc(e.id));
    }

    /**
     * Cancels a posted entry by a new entry with every line swapped. An entry is reversed at most once and a
     * reversal is not itself reversed; what the entry paid (dues, an expense) becomes unpaid again.
     */
    public FundEntryView reverse(Long entryId, FundSteps.Reversal body) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        FundEntry original = loadEntry(entryId);
        if (original.reversedByEntryId != null) {
            throw DomainException.conflict("fund.error.alreadyReversed", original.reversedByEntryId);
        }
        if (original.reversesEntryId != null) {
            throw DomainException.conflict("fund.error.reversalOfReversal");
        }
        String reason = required(body == null ? null : body.reason(), "reason", 400);
        LocalDate on = postingDate(body.postedOn(), "postedOn");
        if (on.isBefore(original.postedOn)) {
            throw DomainException.invalid("postedOn", "fund.error.reversalBeforeOriginal");
        }
        List<LedgerRules.Line> originalLines = lines.findByEntryIdOrderByIdAsc(entryId).stream()
                .map(l -> new LedgerRules.Line(l.account, l.debitFen, l.creditFen)).toList();
        FundEntry reversal = post(LedgerRules.reversal(originalLines), on,
                text("fund.reversal.memo", Locale.SIMPLIFIED_CHINESE, String.valueOf(entryId)) + " " + reason,
                original.sourceType, original.sourceId, actor, entryId);
        Map<String, Object> before = snapshot(original);
        original.reversedByEntryId = reversal.id;
        entries.saveAndFlush(original);
        events.publishEvent(RecordChanged.of(AuditAction.DEACTIVATE, ENTRY_TYPE, original.id, "#" + original.id + " " + original.memo,
                before, snapshot(original)));
        undoPayments(entryId, actor);
        return view(reversal, lines.findByEntryIdOrderByIdAsc(reversal.id));
    }

    /** Posted entries are never changed or removed; this is the refusal the API gives when asked to. */
    public void refuseChange(Long entryId) {
        CurrentActor.require(Permissions.UNION_WRITE);
        loadEntry(entryId);
        throw DomainException.conflict("fund.error.postedImmutable");
    }

    // ---------------------------------------------------------------- expenses

    /**
     * Requests an expense from the fund (UNION_WRITE). {@code sourceType}/{@code sourceId} name the record
     * it is for (an assistance case, a visit, an activity), or are null for a plain request.
     */
    public FundExpenseView requestExpense(FundSteps.ExpenseRequest body, String sourceType, Long sourceId) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        FundExpense x = new FundExpense();
        applyRequest(x, body);
        x.requestedBy = actor.username();
        x.status = FundExpenseStatus.REQUESTED;
        x.sourceType = sourceType;
        x.sourceId = sourceId;
        x.createdAt = Instant.now(clock);
        x.updatedAt = x.createdAt;
        expenses.saveAndFlush(x);
        events.publishEvent(RecordChanged.created(EXPENSE_TYPE, x.id, summary(x), snapshot(x)));
        return view(x, true);
    }

    /** The expense requests made for one record (an activity, a case...), oldest first. */
    @Transactional(readOnly = true)
    public List<FundExpenseView> expensesFor(String sourceType, Long sourceId) {
        return expenses.findBySourceTypeAndSourceIdOrderByIdAsc(sourceType, sourceId).stream().map(x -> view(x, false)).toList();
    }

    /** Corrects a request; refused once it has been approved, rejected or paid. */
    public FundExpenseView updateRequest(Long id, FundSteps.ExpenseRequest body) {
        CurrentActor.require(Permissions.UNION_WRITE);
        FundExpense x = loadExpense(id);
        requireEditable(x);
        StaleEditException.check(body.version(), x.version);
        Map<String, Object> before = snapshot(x);
        applyRequest(x, body);
        return saved(x, before, AuditAction.UPDATE);
    }

    public FundExpenseView approve(Long id, FundSteps.Approval body) {
        Actor actor = CurrentActor.require(Permissions.UNION_FUND_APPROVE);
        FundExpense x = loadExpense(id);
        StaleEditException.check(body.version(), x.version);
        if (x.status != FundExpenseStatus.REQUESTED) {
            throw DomainException.conflict("fund.error.notRequested");
        }
        long fen = FundAmounts.fen(body.approvedAmount(), "approvedAmount", false);
        if (fen > x.requestedFen) {
            throw DomainException.invalid("approvedAmount", "fund.error.approvedAboveRequested",
                    FundAmounts.yuan(x.requestedFen).toPlainString());
        }
        if (body.meetingDate() == null) {
            throw DomainException.invalid("meetingDate", "fund.error.meetingRequired");
        }
        if (body.meetingDate().isAfter(today())) {
            throw DomainException.invalid("meetingDate", "fund.error.dateInFuture");
        }
        Map<String, Object> before = snapshot(x);
        x.approvedFen = fen;
        x.meetingDate = body.meetingDate();
        x.meetingMinuteNo = required(body.minuteNo(), "minuteNo", 64);
        x.decisionNote = optional(body.note(), "note", 500);
        x.approvedOn = today();
        x.approvedBy = actor.username();
        x.status = FundExpenseStatus.APPROVED;
        return saved(x, before, AuditAction.UPDATE);
    }

    public FundExpenseView reject(Long id, FundSteps.Rejection body) {
        Actor actor = CurrentActor.require(Permissions.UNION_FUND_APPROVE);
        FundExpense x = loadExpense(id);
        StaleEditException.check(body.version(), x.version);
        if (x.status != FundExpenseStatus.REQUESTED) {
            throw DomainException.conflict("fund.error.notRequested");
        }
        Map<String, Object> before = snapshot(x);
        x.decisionNote = required(body.note(), "note", 500);
        x.approvedOn = today();
        x.approvedBy = actor.username();
        x.status = FundExpenseStatus.REJECTED;
        return saved(x, before, AuditAction.DEACTIVATE);
    }

    /** Pays an approved expense (at most the approved amount) by posting Dr category / Cr BANK or CASH. */
    public FundExpenseView postPayment(Long id, FundSteps.Payment body) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        FundExpense x = loadExpense(id);
        StaleEditException.check(body.version(), x.version);
        if (x.status != FundExpenseStatus.APPROVED) {
            throw DomainException.conflict(x.status == FundExpenseStatus.PAID ? "fund.error.alreadyPaid"
                    : "fund.error.notApproved");
        }
        long fen = FundAmounts.fen(body.amount(), "amount", false);
        checkPayable(fen, x.approvedFen);
        FundAccount from = cashAccount(body.account(), "account");
        LocalDate on = postingDate(body.paidOn(), "paidOn");
        if (on.isBefore(x.approvedOn)) {
            throw DomainException.invalid("paidOn", "fund.error.paidBeforeApproval");
        }
        Map<String, Object> before = snapshot(x);
        FundEntry e = post(List.of(LedgerRules.Line.debit(x.category, fen), LedgerRules.Line.credit(from, fen)), on,
                x.purpose, "union.expense", x.id, actor);
        x.paidFen = fen;
        x.paidOn = on;
        x.payAccount = from;
        x.entryId = e.id;
        x.status = FundExpenseStatus.PAID;
        return saved(x, before, AuditAction.UPDATE);
    }

    /** The payment rule: more than the approved amount is refused. */
    public static void checkPayable(long paymentFen, Long approvedFen) {
        if (approvedFen == null || paymentFen > approvedFen) {
            throw DomainException.invalid("amount", "fund.error.aboveApproved",
                    approvedFen == null ? "0" : FundAmounts.yuan(approvedFen).toPlainString());
        }
    }

    public FundExpenseView attach(Long id, String fileName, String contentType, byte[] content) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        FundExpense x = loadExpense(id);
        if (x.status == FundExpenseStatus.REJECTED) {
            throw DomainException.conflict("fund.error.rejectedNoAttachments");
        }
        if (content == null || content.length == 0) {
            throw DomainException.invalid("file", "fund.error.fileEmpty");
        }
        if (content.length > MAX_ATTACHMENT_BYTES) {
            throw DomainException.invalid("file", "fund.error.fileTooLarge", String.valueOf(MAX_ATTACHMENT_BYTES / (1024 * 1024)));
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (!ATTACHMENT_TYPES.contains(type)) {
            throw DomainException.invalid("file", "fund.error.fileType");
        }
        String name = fileName == null || fileName.isBlank() ? "attachment" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        FundAttachment a = new FundAttachment();
        a.expenseId = x.id;
        a.fileName = name;
        a.contentType = type;
        a.sizeBytes = content.length;
        a.content = content;
        a.uploadedBy = actor.username();
        a.uploadedAt = Instant.now(clock);
        attachments.save(a);
        events.publishEvent(RecordChanged.created("union_fund_attachment", a.id, name + " → " + summary(x),
                UnionRecords.snapshot("expenseId", x.id, "fileName", name, "contentType", type, "sizeBytes", a.sizeBytes)));
        return view(x, true);
    }

    // ---------------------------------------------------------------- for this part's services

    /** Posts one balanced entry; the caller has checked the permission. */
    FundEntry post(List<LedgerRules.Line> entryLines, LocalDate on, String memo, String sourceType, Long sourceId,
                   Actor actor) {
        return post(entryLines, on, memo, sourceType, sourceId, actor, null);
    }

    private FundEntry post(List<LedgerRules.Line> entryLines, LocalDate on, String memo, String sourceType,
                           Long sourceId, Actor actor, Long reverses) {
        LedgerRules.requireBalanced(entryLines);
        FundEntry e = new FundEntry();
        e.postedOn = on;
        e.memo = memo.length() > 500 ? memo.substring(0, 500) : memo;
        e.sourceType = sourceType;
        e.sourceId = sourceId;
        e.reversesEntryId = reverses;
        e.createdBy = actor.username();
        e.createdAt = Instant.now(clock);
        entries.saveAndFlush(e);
        for (LedgerRules.Line l : entryLines) {
            FundLine line = new FundLine();
            line.entryId = e.id;
            line.account = l.account();
            line.debitFen = l.debitFen();
            line.creditFen = l.creditFen();
            lines.save(line);
        }
        lines.flush();
        events.publishEvent(RecordChanged.created(ENTRY_TYPE, e.id, "#" + e.id + " " + e.memo, snapshot(e, entryLines)));
        return e;
    }

    LocalDate postingDate(LocalDate on, String field) {
        LocalDate d = on == null ? today() : on;
        if (d.isAfter(today())) {
            throw DomainException.invalid(field, "fund.error.dateInFuture");
        }
        return d;
    }

    static FundAccount cashAccount(FundAccount a, String field) {
        if (a == null) {
            return FundAccount.BANK;
        }
        if (a.kind() != FundAccount.Kind.ASSET) {
            throw DomainException.invalid(field, "fund.error.cashAccount");
        }
        return a;
    }

    private void undoPayments(Long entryId, Actor actor) {
        for (DuesPeriod p : duesPeriods.findByEntryId(entryId)) {
            p.paidOn = null;
            p.paidFen = null;
            p.entryId = null;
            duesPeriods.save(p);
            events.publishEvent(RecordChanged.updated("union_dues_period", p.id, p.periodMonth,
                    UnionRecords.snapshot("entryId", entryId), UnionRecords.snapshot("entryId", null)));
        }
        for (FundExpense x : expenses.findByEntryId(entryId)) {
            Map<String, Object> before = snapshot(x);
            x.status = FundExpenseStatus.APPROVED;
            x.paidFen = null;
            x.paidOn = null;
            x.payAccount = null;
            x.entryId = null;
            saved(x, before, AuditAction.UPDATE);
        }
    }

    // ---------------------------------------------------------------- helpers

    private void applyRequest(FundExpense x, FundSteps.ExpenseRequest body) {
        if (body.category() == null || body.category().kind() != FundAccount.Kind.EXPENSE) {
            throw DomainException.invalid("category", "fund.error.expenseCategory");
        }
        String purpose = required(body.purpose(), "purpose", 1000);
        long fen = FundAmounts.fen(body.amount(), "amount", false);
        LocalDate on = postingDate(body.requestedOn(), "requestedOn");
        x.category = body.category();
        x.purpose = purpose;
        x.requestedFen = fen;
        x.requestedOn = on;
    }

    private void requireEditable(FundExpense x) {
        if (!x.status.editable()) {
            throw DomainException.conflict("fund.error.lockedAfterApproval");
        }
    }

    private FundExpenseView saved(FundExpense x, Map<String, Object> before, AuditAction action) {
        x.updatedAt = Instant.now(clock);
        expenses.saveAndFlush(x);
        events.publishEvent(RecordChanged.of(action, EXPENSE_TYPE, x.id, summary(x), before, snapshot(x)));
        return view(x, true);
    }

    private static String required(String s, String field, int max) {
        String v = optional(s, field, max);
        if (v == null) {
            throw DomainException.invalid(field, "fund.error.required");
        }
        return v;
    }

    private static String optional(String s, String field, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (s.strip().length() > max) {
            throw DomainException.invalid(field, "error.tooLong", max);
        }
        return s.strip();
    }

    private FundEntry loadEntry(Long id) {
        return entries.findById(id).orElseThrow(() -> DomainException.notFound("fund.error.entryNotFound", id));
    }

    private FundExpense loadExpense(Long id) {
        return expenses.findById(id).orElseThrow(() -> DomainException.notFound("fund.error.expenseNotFound", id));
    }

    private static Map<FundAccount, long[]> totals(List<Object[]> rows) {
        Map<FundAccount, long[]> out = new EnumMap<>(FundAccount.class);
        for (Object[] r : rows) {
            out.put((FundAccount) r[0], new long[]{((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        return out;
    }

    private FundEntryView view(FundEntry e, List<FundLine> entryLines) {
        long total = 0;
        List<FundEntryView.LineView> views = new ArrayList<>();
        for (FundLine l : entryLines) {
            total += l.debitFen;
            views.add(new FundEntryView.LineView(l.account, l.debitFen == 0 ? null : FundAmounts.yuan(l.debitFen),
                    l.creditFen == 0 ? null : FundAmounts.yuan(l.creditFen)));
        }
        return new FundEntryView(e.id, e.postedOn, e.memo, e.sourceType, e.sourceId, e.reversesEntryId,
                e.reversedByEntryId, FundAmounts.yuan(total), views, e.createdBy, e.createdAt);
    }

    private FundExpenseView view(FundExpense x, boolean withAttachments) {
        List<FundExpenseView.Attachment> files = withAttachments ? attachments.listOf(x.id).stream()
                .map(r -> new FundExpenseView.Attachment((Long) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue()))
                .toList() : List.of();
        return new FundExpenseView(x.id, x.category, x.purpose, FundAmounts.yuan(x.requestedFen), x.requestedOn,
                x.requestedBy, x.status, FundAmounts.yuan(x.approvedFen), x.approvedOn, x.approvedBy, x.meetingDate,
                x.meetingMinuteNo, x.decisionNote, FundAmounts.yuan(x.paidFen), x.paidOn, x.payAccount, x.entryId,
                x.sourceType, x.sourceId, files, x.version);
    }

    private static String summary(FundExpense x) {
        return "#" + x.id + " " + x.purpose;
    }

    private static Map<String, Object> snapshot(FundExpense x) {
        return UnionRecords.snapshot("category", x.category, "purpose", x.purpose, "requestedFen", x.requestedFen,
                "requestedOn", x.requestedOn, "status", x.status, "approvedFen", x.approvedFen, "meetingDate",
                x.meetingDate, "meetingMinuteNo", x.meetingMinuteNo, "decisionNote", x.decisionNote, "paidFen",
                x.paidFen, "paidOn", x.paidOn, "payAccount", x.payAccount, "entryId", x.entryId);
    }

    private static Map<String, Object> snapshot(FundEntry e) {
        return UnionRecords.snapshot("postedOn", e.postedOn, "memo", e.memo, "reversesEntryId", e.reversesEntryId,
                "reversedByEntryId", e.reversedByEntryId);
    }

    private static Map<String, Object> snapshot(FundEntry e, List<LedgerRules.Line> entryLines) {
        Map<String, Object> m = snapshot(e);
        m.put("lines", entryLines.stream().map(l -> l.account() + " Dr " + l.debitFen() + " Cr " + l.creditFen())
                .collect(Collectors.joining("; ")));
        return m;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
