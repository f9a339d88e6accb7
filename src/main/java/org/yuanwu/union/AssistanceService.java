package org.yuanwu.union;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.HospitalTime;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.indicator.Fact;
import org.yuanwu.indicator.FactsRecorded;
import org.yuanwu.union.internal.assistance.AssistanceCase;
import org.yuanwu.union.internal.assistance.AssistanceCaseRepository;
import org.yuanwu.union.internal.assistance.AssistanceTypeRow;
import org.yuanwu.union.internal.assistance.AssistanceTypeRowRepository;
import org.yuanwu.union.internal.assistance.HardshipFile;
import org.yuanwu.union.internal.assistance.HardshipFileRepository;
import org.yuanwu.union.internal.assistance.HardshipReview;
import org.yuanwu.union.internal.assistance.HardshipReviewRepository;
import org.yuanwu.union.internal.assistance.RetireeCare;
import org.yuanwu.union.internal.assistance.RetireeCareRepository;
import org.yuanwu.union.internal.assistance.VisitTask;
import org.yuanwu.union.internal.assistance.VisitTaskRepository;
import org.yuanwu.union.internal.assistance.WelfareDistribution;
import org.yuanwu.union.internal.assistance.WelfareDistributionRepository;
import org.yuanwu.union.internal.assistance.WelfareRecipient;
import org.yuanwu.union.internal.assistance.WelfareRecipientRepository;
import org.yuanwu.union.internal.members.Member;
import org.yuanwu.union.internal.members.MemberRepository;

/**
 * The union's help centre: assistance cases paid from the fund (each case requests a fund expense,
 * which is approved and paid in the ledger), the visit owed to a member reported in hospital (opened
 * by the report, closed by the visit, which counts as a {@code union.visits} fact), hardship files
 * reviewed yearly, holiday welfare with a signed-for list, and care records for retirees. Read with
 * UNION_READ within one's scope, changed with UNION_WRITE.
 */
@Service
@Transactional
public class AssistanceService {

    public static final String VISIT_SOURCE = "union.visit";
    public static final String CASE_SOURCE = "union.assistance";

    private final AssistanceTypeRowRepository types;
    private final AssistanceCaseRepository cases;
    private final VisitTaskRepository visits;
    private final HardshipFileRepository hardship;
    private final HardshipReviewRepository reviews;
    private final WelfareDistributionRepository welfare;
    private final WelfareRecipientRepository recipients;
    private final RetireeCareRepository retireeCare;
    private final MemberRepository memberRows;
    private final MemberService members;
    private final FundLedger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssistanceService(AssistanceTypeRowRepository types, AssistanceCaseRepository cases, VisitTaskRepository visits,
                      HardshipFileRepository hardship, HardshipReviewRepository reviews,
                      WelfareDistributionRepository welfare, WelfareRecipientRepository recipients,
                      RetireeCareRepository retireeCare, MemberRepository memberRows, MemberService members,
                      FundLedger ledger, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.types = types;
        this.cases = cases;
        this.visits = visits;
        this.hardship = hardship;
        this.reviews = reviews;
        this.welfare = welfare;
        this.recipients = recipients;
        this.retireeCare = retireeCare;
        this.memberRows = memberRows;
        this.members = members;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(HospitalTime.ZONE));
    }

    // ---------------------------------------------------------------- types

    @Transactional(readOnly = true)
    public List<AssistanceViews.TypeView> types() {
        CurrentActor.require(Permissions.UNION_READ);
        return types.findAllByOrderBySortOrderAsc().stream().map(AssistanceService::view).toList();
    }

    public AssistanceViews.TypeView setStandardAmount(AssistanceType code, AssistanceSteps.TypeAmount body) {
        CurrentActor.require(Permissions.UNION_WRITE);
        AssistanceTypeRow t = types.findById(code).orElseThrow(() -> DomainException.notFound("assistance.error.typeNotFound", code));
        StaleEditException.check(body.version(), t.version);
        long fen = FundAmounts.fen(body.standardAmount(), "standardAmount", false);
        Map<String, Object> before = UnionRecords.snapshot("standardFen", t.standardFen);
        t.standardFen = fen;
        types.saveAndFlush(t);
        events.publishEvent(RecordChanged.updated("union_assistance_type", code, code.name(), before,
                UnionRecords.snapshot("standardFen", fen)));
        return view(t);
    }

    private static AssistanceViews.TypeView view(AssistanceTypeRow t) {
        return new AssistanceViews.TypeView(t.code, FundAmounts.yuan(t.standardFen), t.expenseAccount, t.version);
    }

    // ---------------------------------------------------------------- cases

    /** Opens a case and requests its payment from the fund (approval and payment happen on the expense). */
    public AssistanceViews.CaseView apply(AssistanceSteps.CaseApplication body) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        Member m = writableMember(body.memberId(), actor);
        if (body.type() == null) {
            throw DomainException.invalid("type", "assistance.error.typeRequired");
        }
        AssistanceTypeRow t = types.findById(body.type()).orElseThrow(() -> DomainException.invalid("type", "assistance.error.typeRequired"));
        String reason = text(body.reason(), "reason", 1000, true);
        long fen = body.amount() == null ? t.standardFen : FundAmounts.fen(body.amount(), "amount", false);
        LocalDate on = pastOrToday(body.appliedOn(), "appliedOn");
        AssistanceCase c = new AssistanceCase();
        c.memberId = m.id;
        c.unitId = m.unitId;
        c.type = t.code;
        c.reason = reason;
        c.amountFen = fen;
        c.appliedOn = on;
        c.createdBy = actor.username();
        c.createdAt = Instant.now(clock);
        cases.saveAndFlush(c);
        FundExpenseView x = ledger.requestExpense(new FundSteps.ExpenseRequest(t.expenseAccount,
                m.name + "（" + m.cardNo + "）" + t.code.name() + "：" + reason, FundAmounts.yuan(fen), on, null),
                CASE_SOURCE, c.id);
        c.expenseId = x.id();
        cases.saveAndFlush(c);
        events.publishEvent(RecordChanged.created("union_assistance_case", c.id, m.name + " " + c.type,
                UnionRecords.snapshot("memberId", m.id, "type", c.type, "amountFen", fen, "appliedOn", on, "expenseId", x.id())));
        return caseViews(List.of(c)).get(0);
    }

    @Transactional(readOnly = true)
    public List<AssistanceViews.CaseView> cases() {
        Actor actor = CurrentActor.require(Permissions.UNION_READ);
        Collection<Long> visible = members.visibleUnitIds(actor);
        return caseViews(visible == null ? cases.findAllByOrderByAppliedOnDescIdDesc()
                : visible.isEmpty() ? List.of() : cases.findByUnitIdInOrderByAppliedOnDescIdDesc(visible));
    }

    private List<AssistanceViews.CaseView> caseViews(List<AssistanceCase> found) {
        Map<Long, Member> byId = membersOf(found.stream().map(c -> c.memberId).toList());
        Map<Long, FundExpenseView> expenses = ledger.expensesById(found.stream().map(c -> c.expenseId)
                .filter(java.util.Objects::nonNull).toList());
        Map<Long, String> names = new HashMap<>();
        return found.stream().map(c -> {
            Member m = byId.get(c.memberId);
            FundExpenseView x = expenses.get(c.expenseId);
            return new AssistanceViews.CaseView(c.id, c.memberId, m.name, m.cardNo, c.unitId, members.unitName(c.unitId, names),
                    c.type, c.reason, FundAmounts.yuan(c.amountFen), c.appliedOn, c.expenseId,
                    x == null ? null : x.status(), x == null ? null : x.paid());
        }).toList();
    }

    // ---------------------------------------------------------------- hospital visits

    /** A member reported in hospital: a visit task opens (one open task per member at a time). */
    public AssistanceViews.VisitView reportHospitalisation(AssistanceSteps.Hospitalisation body) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        Member m = writableMember(body.memberId(), actor);
        if (visits.existsByMemberIdAndStatus(m.id, VisitStatus.OPEN)) {
            throw new DomainException(org.springframework.http.HttpStatus.CONFLICT, "memberId",
                    "assistance.error.visitAlreadyOpen", m.name);
        }
        VisitTask t = new VisitTask();
        t.memberId = m.id;
        t.unitId = m.unitId;
        t.reportedOn = pastOrToday(body.reportedOn(), "reportedOn");
        t.hospital = text(body.hospital(), "hospital", 200, false);
        t.note = text(body.note(), "note", 500, false);
        t.status = VisitStatus.OPEN;
        t.createdBy = actor.username();
        t.createdAt = Instant.now(clock);
        visits.saveAndFlush(t);
        events.publishEvent(RecordChanged.created("union_visit_task", t.id, m.name, snapshot(t)));
        return visitViews(List.of(t)).get(0);
    }

    /** Records the visit: the task is done and counts one visit for the member's unit on the visit date. */
    public AssistanceViews.VisitView recordVisit(Long taskId, AssistanceSteps.Visit body) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        VisitTask t = visits.findById(taskId).orElseThrow(() -> DomainException.notFound("assistance.error.visitNotFound", taskId));
        if (!members.covers(actor, t.unitId)) {
            throw new AccessDeniedProblem();
        }
        StaleEditException.check(body.version(), t.version);
        if (t.status != VisitStatus.OPEN) {
            throw DomainException.conflict("assistance.error.visitDone");
        }
        LocalDate on = pastOrToday(body.visitedOn(), "visitedOn");
        if (on.isBefore(t.reportedOn)) {
            throw DomainException.invalid("visitedOn", "assistance.error.visitBeforeReport");
        }
        String visitors = text(body.visitors(), "visitors", 500, true);
        long gift = body.giftValue() == null ? 0 : FundAmounts.fen(body.giftValue(), "giftValue", true);
        Map<String, Object> before = snapshot(t);
        t.status = VisitStatus.DONE;
        t.visitedOn = on;
        t.visitors = visitors;
        t.giftFen = gift;
        t.visitNote = text(body.note(), "note", 1000, false);
        visits.saveAndFlush(t);
        Member m = memberRows.findById(t.memberId).orElseThrow();
        events.publishEvent(RecordChanged.updated("union_visit_task", t.id, m.name, before, snapshot(t)));
        events.publishEvent(new FactsRecorded(VISIT_SOURCE, String.valueOf(t.id), List.of(Fact.of("union.visits", t.unitId, on, 1))));
        if (gift > 0) {
            ledger.requestExpense(new FundSteps.ExpenseRequest(FundAccount.EXP_CONDOLENCE,
                    m.name + "（" + m.cardNo + "）住院慰问 " + on, FundAmounts.yuan(gift), on, null), VISIT_SOURCE, t.id);
        }
        return visitViews(List.of(t)).get(0);
    }

    @Transactional(readOnly = true)
    public List<AssistanceViews.VisitView> visits(VisitStatus status) {
        Actor actor = CurrentActor.require(Permissions.UNION_READ);
        Collection<Long> visible = members.visibleUnitIds(actor);
        List<VisitTask> found = visible == null ? visits.findAllByOrderByStatusDescReportedOnDescIdDesc()
                : visible.isEmpty() ? List.of() : visits.findByUnitIdInOrderByStatusDescReportedOnDescIdDesc(visible);
        return visitViews(found.stream().filter(t -> status == null || t.status == status).toList());
    }

    private List<AssistanceViews.VisitView> visitViews(List<VisitTask> found) {
        Map<Long, Member> byId = membersOf(found.stream().map(t -> t.memberId).toList());
        Map<Long, String> names = new HashMap<>();
        return found.stream().map(t -> new AssistanceViews.VisitView(t.id, t.memberId, byId.get(t.memberId).name, t.unitId,
                members.unitName(t.unitId, names), t.reportedOn, t.hospital, t.note, t.status, t.visitedOn, t.visitors,
                FundAmounts.yuan(t.giftFen), t.visitNote, t.version)).toList();
    }

    // ---------------------------------------------------------------- hardship files

    public AssistanceViews.HardshipView openHardshipFile(AssistanceSteps.HardshipOpening body) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        Member m = writableMember(body.memberId(), actor);
        if (hardship.existsByMemberIdAndStatus(m.id, HardshipStatus.ACTIVE)) {
            throw new DomainException(org.springframework.http.HttpStatus.CONFLICT, "memberId",
                    "assistance.error.hardshipOpen", m.name);
        }
        if (body.level() == null) {
            throw DomainException.invalid("level", "assistance.error.levelRequired");
        }
        HardshipFile f = new HardshipFile();
        f.memberId = m.id;
        f.unitId = m.unitId;
        f.openedOn = pastOrToday(body.openedOn(), "openedOn");
        f.situation = text(body.situation(), "situation", 2000, true);
        f.level = body.level();
        f.status = HardshipStatus.ACTIVE;
        f.lastReviewYear = f.openedOn.getYear();
        f.createdBy = actor.username();
        f.createdAt = Instant.now(clock);
        hardship.saveAndFlush(f);
        events.publishEvent(RecordChanged.created("union_hardship_file", f.id, m.name, snapshot(f)));
        return hardshipViews(List.of(f)).get(0);
    }

    /** The yearly review: once per file and year; CLOSE ends the file (kept on record). */
    public AssistanceViews.HardshipView reviewHardshipFile(Long fileId, AssistanceSteps.HardshipReviewing body) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        HardshipFile f = hardship.findById(fileId).orElseThrow(() -> DomainException.notFound("assistance.error.hardshipNotFound", fileId));
        if (!members.covers(actor, f.unitId)) {
            throw new AccessDeniedProblem();
        }
        StaleEditException.check(body.version(), f.version);
        if (f.status != HardshipStatus.ACTIVE) {
            throw DomainException.conflict("assistance.error.hardshipClosed");
        }
        int year = body.year() == null ? today().getYear() : body.year();
        if (year > today().getYear() || year < f.openedOn.getYear()) {
            throw DomainException.invalid("year", "assistance.error.reviewYear");
        }
        if (reviews.existsByFileIdAndReviewYear(f.id, year)) {
            throw DomainException.invalid("year", "assistance.error.reviewedThisYear", String.valueOf(year));
        }
        if (body.outcome() == null) {
            throw DomainException.invalid("outcome", "assistance.error.outcomeRequired");
        }
        String note = text(body.note(), "note", 1000, body.outcome() == HardshipOutcome.CLOSE);
        Map<String, Object> before = snapshot(f);
        HardshipReview r = new HardshipReview();
        r.fileId = f.id;
        r.reviewYear = year;
        r.reviewedOn = today();
        r.outcome = body.outcome();
        r.note = note;
        r.reviewedBy = actor.username();
        reviews.save(r);
        f.lastReviewYear = Math.max(year, f.lastReviewYear == null ? year : f.lastReviewYear);
        if (body.outcome() == HardshipOutcome.CLOSE) {
            f.status = HardshipStatus.CLOSED;
            f.closedReason = note;
        }
        hardship.saveAndFlush(f);
        events.publishEvent(RecordChanged.of(f.status == HardshipStatus.CLOSED ? AuditAction.DEACTIVATE : AuditAction.UPDATE,
                "union_hardship_file", f.id, "review " + year, before, snapshot(f)));
        return hardshipViews(List.of(f)).get(0);
    }

    @Transactional(readOnly = true)
    public List<AssistanceViews.HardshipView> hardshipFiles() {
        Actor actor = CurrentActor.require(Permissions.UNION_READ);
        Collection<Long> visible = members.visibleUnitIds(actor);
        return hardshipViews(visible == null ? hardship.findAllByOrderByStatusAscOpenedOnDesc()
                : visible.isEmpty() ? List.of() : hardship.findByUnitIdInOrderByStatusAscOpenedOnDesc(visible));
    }

    private List<AssistanceViews.HardshipView> hardshipViews(List<HardshipFile> found) {
        Map<Long, Member> byId = membersOf(found.stream().map(f -> f.memberId).toList());
        Map<Long, String> names = new HashMap<>();
        int year = today().getYear();
        return found.stream().map(f -> new AssistanceViews.HardshipView(f.id, f.memberId, byId.get(f.memberId).name,
                f.unitId, members.unitName(f.unitId, names), f.openedOn, f.situation, f.level, f.status, f.lastReviewYear,
                f.status == HardshipStatus.ACTIVE && (f.lastReviewYear == null || f.lastReviewYear < year),
                f.closedReason, f.version, reviews.findByFileIdOrderByReviewYearDesc(f.id).stream()
                .map(r -> new AssistanceViews.ReviewView(r.reviewYear, r.reviewedOn, r.outcome, r.note, r.reviewedBy)).toList()))
                .toList();
    }

    // ---------------------------------------------------------------- holiday welfare

    /** Plans a distribution: every active member of the unit (and below), or of the caller's scope, is listed to sign. */
    public AssistanceViews.WelfareView distributeWelfare(AssistanceSteps.WelfarePlan body) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        if (body.unitId() != null && !members.covers(actor, body.unitId())) {
            throw new AccessDeniedProblem();
        }
        WelfareDistribution d = new WelfareDistribution();
        d.festival = text(body.festival(), "festival", 64, true);
        d.item = text(body.item(), "item", 200, true);
        d.valueFen = FundAmounts.fen(body.valuePerPerson(), "valuePerPerson", false);
        d.distributedOn = pastOrToday(body.distributedOn(), "distributedOn");
        d.unitId = body.unitId();
        d.createdBy = actor.username();
        d.createdAt = Instant.now(clock);
        List<MemberView> listed = members.activeMembers(body.unitId());
        if (listed.isEmpty()) {
            throw DomainException.invalid("unitId", "assistance.error.noMembers");
        }
        welfare.saveAndFlush(d);
        for (MemberView m : listed) {
            WelfareRecipient r = new WelfareRecipient();
            r.distributionId = d.id;
            r.memberId = m.id();
            r.unitId = m.unitId();
            recipients.save(r);
        }
        recipients.flush();
        events.publishEvent(RecordChanged.created("union_welfare_distribution", d.id, d.festival + " " + d.item,
                UnionRecords.snapshot("festival", d.festival, "item", d.item, "valueFen", d.valueFen,
                        "distributedOn", d.distributedOn, "unitId", d.unitId, "recipients", listed.size())));
        return welfareView(d, true);
    }

    /** The recipient signs for (or the officer ticks) what was received; once only. */
    public AssistanceViews.WelfareView sign(Long distributionId, Long recipientId) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        WelfareDistribution d = welfare.findById(distributionId).orElseThrow(() -> DomainException.notFound("assistance.error.welfareNotFound", distributionId));
        WelfareRecipient r = recipients.findById(recipientId).filter(x -> x.distributionId.equals(d.id))
                .orElseThrow(() -> DomainException.notFound("assistance.error.welfareNotFound", recipientId));
        if (!members.covers(actor, r.unitId)) {
            throw new AccessDeniedProblem();
        }
        if (r.signedOn != null) {
            throw DomainException.conflict("assistance.error.alreadySigned");
        }
        r.signedOn = today();
        r.signedBy = actor.username();
        recipients.saveAndFlush(r);
        events.publishEvent(RecordChanged.updated("union_welfare_recipient", r.id, d.festival + " #" + r.memberId,
                UnionRecords.snapshot("signedOn", null), UnionRecords.snapshot("signedOn", r.signedOn, "signedBy", r.signedBy)));
        return welfareView(d, true);
    }

    @Transactional(readOnly = true)
    public List<AssistanceViews.WelfareView> welfareDistributions() {
        CurrentActor.require(Permissions.UNION_READ);
        return welfare.findAllByOrderByDistributedOnDescIdDesc().stream().map(d -> welfareView(d, false)).toList();
    }

    @Transactional(readOnly = true)
    public AssistanceViews.WelfareView welfareDistribution(Long id) {
        CurrentActor.require(Permissions.UNION_READ);
        return welfareView(welfare.findById(id).orElseThrow(() -> DomainException.notFound("assistance.error.welfareNotFound", id)), true);
    }

    private AssistanceViews.WelfareView welfareView(WelfareDistribution d, boolean withList) {
        Actor actor = CurrentActor.get();
        Collection<Long> visible = members.visibleUnitIds(actor);
        Map<Long, String> names = new HashMap<>();
        long count = recipients.countByDistributionId(d.id);
        long signed = recipients.countByDistributionIdAndSignedOnIsNotNull(d.id);
        List<AssistanceViews.RecipientView> list = List.of();
        if (withList) {
            List<WelfareRecipient> rs = recipients.findByDistributionIdOrderByUnitIdAscIdAsc(d.id).stream()
                    .filter(r -> visible == null || visible.contains(r.unitId)).toList();
            Map<Long, Member> byId = membersOf(rs.stream().map(r -> r.memberId).toList());
            list = rs.stream().map(r -> new AssistanceViews.RecipientView(r.id, r.memberId, byId.get(r.memberId).name,
                    byId.get(r.memberId).cardNo, members.unitName(r.unitId, names), r.signedOn, r.signedBy)).toList();
        }
        return new AssistanceViews.WelfareView(d.id, d.festival, d.item, FundAmounts.yuan(d.valueFen), d.distributedOn,
                members.unitName(d.unitId, names), count, signed, FundAmounts.yuan(d.valueFen * count), list);
    }

    // ---------------------------------------------------------------- retiree care

    public AssistanceViews.RetireeCareView recordRetireeCare(AssistanceSteps.RetireeCareEntry body) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        if (body.memberId() == null) {
            throw DomainException.invalid("memberId", "member.error.memberRequired");
        }
        Member m = members.loadVisible(body.memberId());
        if (!members.covers(actor, m.unitId)) {
            throw new AccessDeniedProblem();
        }
        if (m.status != MemberStatus.RETIRED) {
            throw DomainException.invalid("memberId", "assistance.error.notRetired");
        }
        if (body.kind() == null) {
            throw DomainException.invalid("kind", "assistance.error.kindRequired");
        }
        RetireeCare c = new RetireeCare();
        c.memberId = m.id;
        c.unitId = m.unitId;
        c.caredOn = pastOrToday(body.caredOn(), "caredOn");
        c.kind = body.kind();
        c.content = text(body.content(), "content", 1000, true);
        c.valueFen = body.value() == null ? 0 : FundAmounts.fen(body.value(), "value", true);
        c.createdBy = actor.username();
        c.createdAt = Instant.now(clock);
        retireeCare.saveAndFlush(c);
        events.publishEvent(RecordChanged.created("union_retiree_care", c.id, m.name + " " + c.kind,
                UnionRecords.snapshot("memberId", m.id, "caredOn", c.caredOn, "kind", c.kind, "content", c.content,
                        "valueFen", c.valueFen)));
        return retireeViews(List.of(c)).get(0);
    }

    @Transactional(readOnly = true)
    public List<AssistanceViews.RetireeCareView> retireeCare() {
        Actor actor = CurrentActor.require(Permissions.UNION_READ);
        Collection<Long> visible = members.visibleUnitIds(actor);
        return retireeViews(visible == null ? retireeCare.findAllByOrderByCaredOnDescIdDesc()
                : visible.isEmpty() ? List.of() : retireeCare.findByUnitIdInOrderByCaredOnDescIdDesc(visible));
    }

    private List<AssistanceViews.RetireeCareView> retireeViews(List<RetireeCare> found) {
        Map<Long, Member> byId = membersOf(found.stream().map(c -> c.memberId).toList());
        Map<Long, String> names = new HashMap<>();
        return found.stream().map(c -> new AssistanceViews.RetireeCareView(c.id, c.memberId, byId.get(c.memberId).name,
                members.unitName(c.unitId, names), c.caredOn, c.kind, c.content, FundAmounts.yuan(c.valueFen), c.createdBy))
                .toList();
    }

    // ---------------------------------------------------------------- helpers

    private Member writableMember(Long memberId, Actor actor) {
        if (memberId == null) {
            throw DomainException.invalid("memberId", "member.error.memberRequired");
        }
        Member m = members.loadVisible(memberId);
        if (!members.covers(actor, m.unitId)) {
            throw new AccessDeniedProblem();
        }
        if (m.status != MemberStatus.ACTIVE) {
            throw DomainException.invalid("memberId", "member.error.notActive");
        }
        return m;
    }

    private Map<Long, Member> membersOf(List<Long> ids) {
        return ids.isEmpty() ? Map.of() : memberRows.findAllById(new java.util.HashSet<>(ids)).stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
    }

    private LocalDate pastOrToday(LocalDate on, String field) {
        LocalDate d = on == null ? today() : on;
        if (d.isAfter(today())) {
            throw DomainException.invalid(field, "member.error.dateInFuture");
        }
        return d;
    }

    private static String text(String s, String field, int max, boolean required) {
        if (s == null || s.isBlank()) {
            if (required) {
                throw DomainException.invalid(field, "assistance.error.required");
            }
            return null;
        }
        if (s.strip().length() > max) {
            throw DomainException.invalid(field, "error.tooLong", max);
        }
        return s.strip();
    }

    private static Map<String, Object> snapshot(VisitTask t) {
        return UnionRecords.snapshot("memberId", t.memberId, "reportedOn", t.reportedOn, "hospital", t.hospital,
                "status", t.status, "visitedOn", t.visitedOn, "visitors", t.visitors, "giftFen", t.giftFen);
    }

    private static Map<String, Object> snapshot(HardshipFile f) {
        return UnionRecords.snapshot("memberId", f.memberId, "situation", f.situation, "level", f.level,
                "status", f.status, "lastReviewYear", f.lastReviewYear, "closedReason", f.closedReason);
    }
}
