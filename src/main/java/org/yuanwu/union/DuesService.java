package org.yuanwu.union;

import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.HospitalTime;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.union.internal.members.DuesPeriod;
import org.yuanwu.union.internal.members.DuesPeriodRepository;
import org.yuanwu.union.internal.members.DuesRule;
import org.yuanwu.union.internal.members.DuesRuleRepository;
import org.yuanwu.union.internal.members.Member;
import org.yuanwu.union.internal.members.MemberRepository;
import org.yuanwu.union.internal.members.WageBase;
import org.yuanwu.union.internal.members.WageBaseRepository;

/**
 * Union dues by the hospital's rule: each year has a rate (percent of the monthly wage base, 0.5 %
 * unless configured); each member has a wage base per year; the dues of a month are generated for
 * every active member with a base, paid singly or in a batch (one journal entry Dr BANK/CASH, Cr
 * dues income), and what stays unpaid after its month is in arrears.
 */
@Service
@Transactional
public class DuesService {

    public static final int EXPORT_LIMIT = 50_000;

    private final DuesRuleRepository rules;
    private final WageBaseRepository wageBases;
    private final DuesPeriodRepository periods;
    private final MemberRepository memberRows;
    private final MemberService members;
    private final FundLedger ledger;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    DuesService(DuesRuleRepository rules, WageBaseRepository wageBases, DuesPeriodRepository periods,
                MemberRepository memberRows, MemberService members, FundLedger ledger, ApplicationEventPublisher events,
                MessageSource messages, Optional<Clock> clock) {
        this.rules = rules;
        this.wageBases = wageBases;
        this.periods = periods;
        this.memberRows = memberRows;
        this.members = members;
        this.ledger = ledger;
        this.events = events;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(HospitalTime.ZONE));
    }

    // ---------------------------------------------------------------- rule and wage bases

    @Transactional(readOnly = true)
    public DuesSteps.RuleView rule(int year) {
        CurrentActor.require(Permissions.UNION_READ);
        return rules.findById(year).map(r -> new DuesSteps.RuleView(year, r.ratePercent, true))
                .orElse(new DuesSteps.RuleView(year, DuesCalculation.DEFAULT_RATE_PERCENT, false));
    }

    public DuesSteps.RuleView setRule(DuesSteps.Rule body) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        int year = checkedYear(body.year());
        BigDecimal rate = DuesCalculation.checkedRate(body.ratePercent());
        DuesRule r = rules.findById(year).orElse(null);
        Map<String, Object> before = r == null ? Map.of() : UnionRecords.snapshot("ratePercent", r.ratePercent);
        if (r == null) {
            r = new DuesRule();
            r.ruleYear = year;
        }
        r.ratePercent = rate;
        r.updatedBy = actor.username();
        r.updatedAt = Instant.now(clock);
        rules.saveAndFlush(r);
        events.publishEvent(RecordChanged.updated("union_dues_rule", year, "dues rate " + year + ": " + rate + "%",
                before, UnionRecords.snapshot("ratePercent", rate)));
        return new DuesSteps.RuleView(year, rate, true);
    }

    public DuesSteps.WageBaseView setWageBase(DuesSteps.WageBaseEntry body) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        if (body.memberId() == null) {
            throw DomainException.invalid("memberId", "member.error.memberRequired");
        }
        Member m = members.loadVisible(body.memberId());
        if (!members.covers(actor, m.unitId)) {
            throw new AccessDeniedProblem();
        }
        int year = checkedYear(body.year());
        long fen = FundAmounts.fen(body.monthlyBase(), "monthlyBase", false);
        WageBase w = wageBases.findByMemberIdAndBaseYear(m.id, year).orElse(null);
        Map<String, Object> before = w == null ? Map.of() : UnionRecords.snapshot("baseFen", w.baseFen);
        if (w == null) {
            w = new WageBase();
            w.memberId = m.id;
            w.baseYear = year;
        }
        w.baseFen = fen;
        w.updatedBy = actor.username();
        w.updatedAt = Instant.now(clock);
        wageBases.saveAndFlush(w);
        events.publishEvent(RecordChanged.updated("union_wage_base", w.id, m.cardNo + " " + m.name + " " + year,
                before, UnionRecords.snapshot("baseFen", fen)));
        return wageView(w);
    }

    @Transactional(readOnly = true)
    public List<DuesSteps.WageBaseView> wageBases(Long memberId) {
        members.loadVisible(memberId);
        return wageBases.findByMemberIdOrderByBaseYearDesc(memberId).stream().map(this::wageView).toList();
    }

    private DuesSteps.WageBaseView wageView(WageBase w) {
        BigDecimal rate = rules.findById(w.baseYear).map(r -> r.ratePercent).orElse(DuesCalculation.DEFAULT_RATE_PERCENT);
        return new DuesSteps.WageBaseView(w.memberId, w.baseYear, FundAmounts.yuan(w.baseFen),
                FundAmounts.yuan(DuesCalculation.monthlyDuesFen(w.baseFen, rate)));
    }

    // ---------------------------------------------------------------- periods

    /** Generates a month's dues for every active member (in the caller's scope) with a wage base; repeatable. */
    public DuesSteps.GenerationResult generate(DuesSteps.Generation body) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        YearMonth month = parseMonth(body.month(), "month");
        if (month.isAfter(YearMonth.from(today()))) {
            throw DomainException.invalid("month", "member.dues.error.futureMonth");
        }
        BigDecimal rate = rules.findById(month.getYear()).map(r -> r.ratePercent).orElse(DuesCalculation.DEFAULT_RATE_PERCENT);
        Collection<Long> visible = members.visibleUnitIds(actor);
        List<Member> active = visible == null ? memberRows.findByStatusOrderByUnitIdAscEmployeeNoAsc(MemberStatus.ACTIVE)
                : memberRows.findByStatusAndUnitIdInOrderByUnitIdAscEmployeeNoAsc(MemberStatus.ACTIVE, visible);
        active = active.stream().filter(m -> !m.joinedOn.isAfter(month.atEndOfMonth())).toList();
        Map<Long, WageBase> bases = active.isEmpty() ? Map.of() : wageBases.findByBaseYearAndMemberIdIn(month.getYear(),
                active.stream().map(m -> m.id).toList()).stream().collect(Collectors.toMap(w -> w.memberId, Function.identity()));
        int created = 0;
        int existing = 0;
        int missing = 0;
        Instant now = Instant.now(clock);
        for (Member m : active) {
            WageBase w = bases.get(m.id);
            if (w == null) {
                missing++;
            } else if (periods.existsByMemberIdAndPeriodMonth(m.id, month.toString())) {
                existing++;
            } else {
                DuesPeriod p = new DuesPeriod();
                p.memberId = m.id;
                p.unitId = m.unitId;
                p.periodMonth = month.toString();
                p.dueFen = DuesCalculation.monthlyDuesFen(w.baseFen, rate);
                p.createdAt = now;
                periods.save(p);
                created++;
            }
        }
        periods.flush();
        events.publishEvent(RecordChanged.created("union_dues_month", month.toString(), "dues " + month + ": " + created,
                UnionRecords.snapshot("month", month, "created", created, "ratePercent", rate)));
        return new DuesSteps.GenerationResult(month.toString(), created, existing, missing);
    }

    @Transactional(readOnly = true)
    public Page<DuesPeriodView> search(DuesFilter filter, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.UNION_READ);
        Page<DuesPeriod> page = periods.findAll(spec(actor, filter == null ? DuesFilter.none() : filter), pageable);
        Map<Long, Member> byId = memberRows.findAllById(page.getContent().stream().map(p -> p.memberId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
        Map<Long, String> names = new HashMap<>();
        return page.map(p -> view(p, byId.get(p.memberId), names));
    }

    @Transactional(readOnly = true)
    public List<DuesPeriodView> ofMember(Long memberId) {
        Member m = members.loadVisible(memberId);
        Map<Long, String> names = new HashMap<>();
        return periods.findByMemberIdOrderByPeriodMonthDesc(memberId).stream().map(p -> view(p, m, names)).toList();
    }

    @Transactional(readOnly = true)
    public byte[] exportArrears(Long unitId, Locale locale) {
        List<DuesPeriodView> found = search(new DuesFilter(null, unitId, null, true),
                PageRequest.of(0, EXPORT_LIMIT, Sort.by("unitId", "memberId", "periodMonth"))).getContent();
        List<List<?>> rows = new ArrayList<>();
        for (DuesPeriodView v : found) {
            rows.add(Arrays.asList(v.cardNo(), v.memberName(), v.unitName(), v.month(), v.due()));
        }
        List<String> headers = new ArrayList<>();
        for (String k : List.of("cardNo", "name", "unit", "month", "due")) {
            headers.add(text("member.dues.field." + k, locale));
        }
        return ExcelSheet.write(text("member.dues.arrearsSheet", locale), headers, rows);
    }

    /** Records the payment of one or many unpaid periods as one journal entry (Dr BANK/CASH, Cr dues income). */
    public List<DuesPeriodView> pay(DuesSteps.Payment body) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        if (body.periodIds() == null || body.periodIds().isEmpty()) {
            throw DomainException.invalid("periodIds", "member.dues.error.nothingSelected");
        }
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(body.periodIds()));
        List<DuesPeriod> found = periods.findByIdIn(ids);
        if (found.size() != ids.size()) {
            throw DomainException.notFound("member.dues.error.notFound");
        }
        long total = 0;
        for (DuesPeriod p : found) {
            if (!members.covers(actor, p.unitId)) {
                throw new AccessDeniedProblem();
            }
            if (p.paidOn != null) {
                throw DomainException.conflict("member.dues.error.alreadyPaid", p.periodMonth);
            }
            total += p.dueFen;
        }
        if (total == 0) {
            throw DomainException.invalid("periodIds", "member.dues.error.nothingDue");
        }
        FundAccount into = FundLedger.cashAccount(body.account(), "account");
        LocalDate on = ledger.postingDate(body.paidOn(), "paidOn");
        String memo = text("member.dues.memo", Locale.SIMPLIFIED_CHINESE, String.valueOf(found.size()),
                found.stream().map(p -> p.periodMonth).distinct().sorted().collect(Collectors.joining(",")));
        var entry = ledger.post(List.of(LedgerRules.Line.debit(into, total), LedgerRules.Line.credit(FundAccount.DUES_INCOME, total)),
                on, memo, "union.dues", null, actor);
        Map<Long, String> names = new HashMap<>();
        List<DuesPeriodView> out = new ArrayList<>();
        for (DuesPeriod p : found) {
            p.paidOn = on;
            p.paidFen = p.dueFen;
            p.entryId = entry.id;
            periods.save(p);
            Member m = memberRows.findById(p.memberId).orElseThrow();
            events.publishEvent(RecordChanged.updated("union_dues_period", p.id, m.cardNo + " " + p.periodMonth,
                    UnionRecords.snapshot("paidOn", null), UnionRecords.snapshot("paidOn", on, "paidFen", p.paidFen,
                            "entryId", entry.id)));
            out.add(view(p, m, names));
        }
        periods.flush();
        return out;
    }

    // ---------------------------------------------------------------- helpers

    static YearMonth parseMonth(String month, String field) {
        if (month == null || month.isBlank()) {
            throw DomainException.invalid(field, "member.dues.error.monthRequired");
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "member.dues.error.monthRequired");
        }
    }

    private static int checkedYear(Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw DomainException.invalid("year", "member.dues.error.year");
        }
        return year;
    }

    private Specification<DuesPeriod> spec(Actor actor, DuesFilter f) {
        Collection<Long> visible = members.visibleUnitIds(actor);
        List<Long> subtree = f.unitId() == null ? null : members.subtreeIds(f.unitId());
        String currentMonth = YearMonth.from(today()).toString();
        if (f.month() != null && !f.month().isBlank()) {
            parseMonth(f.month(), "month");
        }
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (visible != null) {
                p.add(visible.isEmpty() ? cb.disjunction() : root.get("unitId").in(visible));
            }
            if (subtree != null) {
                p.add(subtree.isEmpty() ? cb.disjunction() : root.get("unitId").in(subtree));
            }
            if (f.month() != null && !f.month().isBlank()) {
                p.add(cb.equal(root.get("periodMonth"), f.month().strip()));
            }
            if (f.paid() != null) {
                p.add(f.paid() ? cb.isNotNull(root.get("paidOn")) : cb.isNull(root.get("paidOn")));
            }
            if (Boolean.TRUE.equals(f.arrears())) {
                p.add(cb.isNull(root.get("paidOn")));
                p.add(cb.lessThan(root.get("periodMonth"), currentMonth));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    private DuesPeriodView view(DuesPeriod p, Member m, Map<Long, String> names) {
        boolean arrears = p.paidOn == null && p.periodMonth.compareTo(YearMonth.from(today()).toString()) < 0;
        return new DuesPeriodView(p.id, p.memberId, m == null ? null : m.cardNo, m == null ? null : m.name, p.unitId,
                members.unitName(p.unitId, names), p.periodMonth, FundAmounts.yuan(p.dueFen), p.paidOn,
                FundAmounts.yuan(p.paidFen), p.entryId, arrears, p.version);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
