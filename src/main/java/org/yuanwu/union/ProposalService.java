package org.yuanwu.union;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
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
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.indicator.Fact;
import org.yuanwu.indicator.FactsRecorded;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ScopeGuard;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;
import org.yuanwu.union.CongressViews.Session;
import org.yuanwu.union.CongressViews.SessionStatus;
import org.yuanwu.union.CongressViews.Term;
import org.yuanwu.union.ProposalViews.Acceptance;
import org.yuanwu.union.ProposalViews.Answer;
import org.yuanwu.union.ProposalViews.AnswerForm;
import org.yuanwu.union.ProposalViews.Assignment;
import org.yuanwu.union.ProposalViews.Cosigner;
import org.yuanwu.union.ProposalViews.Decision;
import org.yuanwu.union.ProposalViews.Filter;
import org.yuanwu.union.ProposalViews.PartyRecord;
import org.yuanwu.union.ProposalViews.Progress;
import org.yuanwu.union.ProposalViews.Proposal;
import org.yuanwu.union.ProposalViews.Rating;
import org.yuanwu.union.ProposalViews.RatingForm;
import org.yuanwu.union.ProposalViews.Status;
import org.yuanwu.union.ProposalViews.SubmitForm;

/**
 * Congress proposals (提案): submitted by a delegate of the session's term, alone or co-signed by other delegates
 * who confirm; the proposals committee (UNION_WRITE) accepts (立案), merges into another or turns into an opinion
 * with a reason, sends it through the party committee meeting when flagged, and assigns a lead department (and
 * co-departments) with a deadline; only the lead department answers (PROPOSAL_ANSWER within one's scope); the
 * proposer rates the answer and, not satisfied, may ask once more. Everyone signed in reads the public list.
 * Facts: {@code union.proposals_accepted} at the hospital unit on acceptance, {@code union.proposals_answered} at
 * the lead unit on the first answer.
 */
@Service
@Transactional
public class ProposalService {

    public static final String RECORD_TYPE = "union_proposal";
    public static final String FACT_SOURCE = "union.proposal";
    public static final int MAX_ROUNDS = 2;

    private final JdbcTemplate jdbc;
    private final CongressService congress;
    private final CongressParticipants participants;
    private final OrgUnitService units;
    private final StaffService staff;
    private final ScopeGuard scope;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final int againDays;

    ProposalService(JdbcTemplate jdbc, CongressService congress, CongressParticipants participants, OrgUnitService units,
                    StaffService staff, ScopeGuard scope, ApplicationEventPublisher events, MessageSource messages,
                    Optional<Clock> clock, @Value("${yuanwu.union.proposals.second-answer-days:30}") int againDays) {
        this.jdbc = jdbc;
        this.congress = congress;
        this.participants = participants;
        this.units = units;
        this.staff = staff;
        this.scope = scope;
        this.events = events;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
        this.againDays = againDays;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(HospitalTime.ZONE));
    }

    // ------------------------------------------------------------------ reading

    @Transactional(readOnly = true)
    public Page<Proposal> search(Filter filter, Pageable pageable) {
        CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        Filter f = filter == null ? Filter.none() : filter;
        List<Object> args = new ArrayList<>();
        String where = where(f, args);
        Long total = jdbc.queryForObject("select count(*) from union_proposal p" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        Map<Long, String> names = new HashMap<>();
        List<Proposal> rows = jdbc.query("select p.* from union_proposal p" + where + " order by p.id desc limit ? offset ?",
                (rs, n) -> proposal(rs, names), pageArgs.toArray());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    private String where(Filter f, List<Object> args) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (f.sessionId() != null) {
            w.append(" and p.session_id = ?");
            args.add(f.sessionId());
        }
        if (f.status() != null) {
            w.append(" and p.status = ?");
            args.add(f.status().name());
        }
        if (f.leadUnitId() != null) {
            w.append(" and p.lead_unit_id = ?");
            args.add(f.leadUnitId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            w.append(" and (lower(p.title) like ? or lower(p.content) like ?)");
            String like = "%" + f.q().strip().toLowerCase(Locale.ROOT) + "%";
            args.add(like);
            args.add(like);
        }
        if (f.overdue() != null) {
            String overdue = "(p.status in ('ASSIGNED', 'REOPENED') and p.due_on < ?)";
            w.append(f.overdue() ? " and " + overdue : " and not " + overdue);
            args.add(today());
        }
        return w.toString();
    }

    @Transactional(readOnly = true)
    public Proposal get(Long id) {
        CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        return load(id);
    }

    @Transactional(readOnly = true)
    public byte[] export(Filter filter, Locale locale) {
        List<Proposal> list = search(filter, org.springframework.data.domain.PageRequest.of(0, 10_000)).getContent();
        List<String> headers = new ArrayList<>();
        for (String k : List.of("id", "session", "title", "proposer", "unit", "status", "leadUnit", "dueOn", "answeredOn",
                "rating", "overdue")) {
            headers.add(text("proposal.field." + k, locale));
        }
        List<List<?>> rows = new ArrayList<>();
        for (Proposal p : list) {
            Answer last = p.lastAnswer();
            rows.add(Arrays.asList(p.id(), p.sessionTitle(), p.title(), p.proposerName(), p.proposerUnitName(),
                    text("proposal.status." + p.status(), locale), p.leadUnitName(), p.dueOn(),
                    last == null ? null : last.answeredOn(),
                    p.lastRating() == null ? null : text("proposal.rating." + p.lastRating(), locale),
                    text(p.overdue() ? "common.yes" : "common.no", locale)));
        }
        return ExcelSheet.write(text("proposal.list.title", locale), headers, rows);
    }

    /** Whether the caller is the proposer (she rates and asks again). */
    @Transactional(readOnly = true)
    public boolean isProposer(Proposal p) {
        Actor actor = CurrentActor.get();
        Session s = congress.loadSession(p.sessionId());
        return participants.delegateId(actor, s.termId()).map(id -> id.equals(p.proposerDelegateId())).orElse(false);
    }

    /** The caller's delegate id when she is a co-signer who has not confirmed yet. */
    @Transactional(readOnly = true)
    public boolean mayConfirm(Proposal p) {
        Actor actor = CurrentActor.get();
        Session s = congress.loadSession(p.sessionId());
        Optional<Long> me = participants.delegateId(actor, s.termId());
        return p.status() == Status.SUBMITTED && me.isPresent()
                && p.cosigners().stream().anyMatch(c -> c.delegateId().equals(me.get()) && !c.confirmed());
    }

    /** Whether the caller may answer for the lead department. */
    @Transactional(readOnly = true)
    public boolean mayAnswer(Proposal p) {
        Actor actor = CurrentActor.get();
        return actor.can(Permissions.PROPOSAL_ANSWER) && p.leadUnitId() != null && p.status().awaitingAnswer()
                && scope.canSee(actor, p.leadUnitId());
    }

    /** The sessions the caller may submit proposals to: open sessions of terms where she is a delegate. */
    @Transactional(readOnly = true)
    public List<Session> sessionsOpenToMe() {
        Actor actor = CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        return congress.allSessions().stream().filter(s -> s.status() != SessionStatus.CLOSED)
                .filter(s -> participants.delegateId(actor, s.termId()).isPresent()).toList();
    }

    // ------------------------------------------------------------------ delegate's side

    public Proposal submit(SubmitForm form) {
        Actor actor = CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        if (form.sessionId() == null) {
            throw DomainException.invalid("sessionId", "proposal.error.sessionRequired");
        }
        Session s = congress.loadSession(form.sessionId());
        Long proposer = participants.delegateId(actor, s.termId()).orElseThrow(() ->
                new DomainException(HttpStatus.FORBIDDEN, null, "proposal.error.notDelegate"));
        if (s.status() == SessionStatus.CLOSED) {
            throw DomainException.conflict("proposal.error.sessionClosed");
        }
        if (form.title() == null || form.title().isBlank()) {
            throw DomainException.invalid("title", "proposal.error.titleRequired");
        }
        if (form.title().strip().length() > 200) {
            throw DomainException.invalid("title", "error.tooLong", 200);
        }
        if (form.content() == null || form.content().isBlank()) {
            throw DomainException.invalid("content", "proposal.error.contentRequired");
        }
        if (form.content().strip().length() > 4000) {
            throw DomainException.invalid("content", "error.tooLong", 4000);
        }
        Set<Long> cosigners = new LinkedHashSet<>();
        for (Long staffId : form.cosignerStaffIds() == null ? List.<Long>of() : form.cosignerStaffIds()) {
            if (staffId == null) {
                continue;
            }
            List<Long> ids = jdbc.queryForList("select id from union_congress_delegate where term_id = ? and staff_id = ? and active",
                    Long.class, s.termId(), staffId);
            if (ids.isEmpty()) {
                throw DomainException.invalid("cosignerStaffIds", "proposal.error.cosignerNotDelegate",
                        staff.find(staffId).map(StaffView::name).orElse(String.valueOf(staffId)));
            }
            if (ids.get(0).equals(proposer)) {
                throw DomainException.invalid("cosignerStaffIds", "proposal.error.cosignSelf");
            }
            cosigners.add(ids.get(0));
        }
        Instant now = Instant.now(clock);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into union_proposal (session_id, title, content, proposer_delegate_id, status, "
                    + "created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)", new String[]{"id"});
            ps.setLong(1, s.id());
            ps.setString(2, form.title().strip());
            ps.setString(3, form.content().strip());
            ps.setLong(4, proposer);
            ps.setString(5, Status.SUBMITTED.name());
            ps.setString(6, actor.username());
            ps.setTimestamp(7, Timestamp.from(now));
            ps.setTimestamp(8, Timestamp.from(now));
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        for (Long d : cosigners) {
            jdbc.update("insert into union_proposal_cosigner (proposal_id, delegate_id) values (?, ?)", id, d);
        }
        Proposal p = load(id);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, id, p.title(), snapshot(p)));
        return p;
    }

    /** A co-signer confirms she signs the proposal. */
    public Proposal confirmCosign(Long id) {
        Actor actor = CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        Proposal before = load(id);
        Session s = congress.loadSession(before.sessionId());
        Long me = participants.delegateId(actor, s.termId()).orElseThrow(() ->
                new DomainException(HttpStatus.FORBIDDEN, null, "proposal.error.notCosigner"));
        if (before.cosigners().stream().noneMatch(c -> c.delegateId().equals(me))) {
            throw new DomainException(HttpStatus.FORBIDDEN, null, "proposal.error.notCosigner");
        }
        if (before.status() != Status.SUBMITTED) {
            throw DomainException.conflict("proposal.error.wrongStatus", before.status().name());
        }
        jdbc.update("update union_proposal_cosigner set confirmed = true where proposal_id = ? and delegate_id = ?", id, me);
        return saved(id, before, before.version(), AuditAction.UPDATE);
    }

    /** The proposer rates the latest answer; satisfied or basically satisfied closes it, so does any rating of a second answer. */
    public Proposal rate(Long id, RatingForm form) {
        Proposal before = proposerOnly(id);
        StaleEditException.check(form.version(), before.version());
        if (before.status() != Status.ANSWERED) {
            throw DomainException.conflict("proposal.error.notAnswered");
        }
        if (form.rating() == null) {
            throw DomainException.invalid("rating", "proposal.error.ratingRequired");
        }
        if (before.lastRating() != null) {
            throw DomainException.conflict("proposal.error.alreadyRated");
        }
        jdbc.update("update union_proposal_answer set rating = ?, rated_on = ? where proposal_id = ? and round = ?",
                form.rating().name(), today(), id, before.answerRound());
        boolean close = form.rating() != Rating.NOT_SATISFIED || before.answerRound() >= MAX_ROUNDS;
        if (close) {
            setStatus(id, Status.CLOSED);
        }
        return saved(id, before, form.version(), AuditAction.UPDATE);
    }

    /** Not satisfied with the first answer, the proposer asks once more: a second round; a third is refused. */
    public Proposal requestAgain(Long id, Long version) {
        Proposal before = proposerOnly(id);
        StaleEditException.check(version, before.version());
        if (before.answerRound() >= MAX_ROUNDS) {
            throw DomainException.conflict("proposal.error.noThirdRound");
        }
        if (before.status() != Status.ANSWERED || before.lastRating() != Rating.NOT_SATISFIED) {
            throw DomainException.conflict("proposal.error.againNeedsNotSatisfied");
        }
        jdbc.update("update union_proposal set status = ?, due_on = ? where id = ?", Status.REOPENED.name(),
                today().plusDays(againDays), id);
        return saved(id, before, version, AuditAction.UPDATE);
    }

    private Proposal proposerOnly(Long id) {
        CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        Proposal p = load(id);
        if (!isProposer(p)) {
            throw new DomainException(HttpStatus.FORBIDDEN, null, "proposal.error.notProposer");
        }
        return p;
    }

    // ------------------------------------------------------------------ the committee

    public Proposal accept(Long id, Acceptance body) {
        CurrentActor.require(Permissions.UNION_WRITE);
        Proposal before = load(id);
        StaleEditException.check(body.version(), before.version());
        requireStatus(before, Status.SUBMITTED);
        if (before.cosigners().stream().anyMatch(c -> !c.confirmed())) {
            throw DomainException.conflict("proposal.error.cosignPending");
        }
        jdbc.update("update union_proposal set status = ?, accepted_on = ?, party_review = ? where id = ?",
                Status.ACCEPTED.name(), today(), body.partyReview(), id);
        Proposal after = saved(id, before, body.version(), AuditAction.UPDATE);
        publishFacts(after);
        return after;
    }

    /** Merges a submitted proposal into another of the same session (that one goes on), with a reason. */
    public Proposal merge(Long id, Decision body) {
        CurrentActor.require(Permissions.UNION_WRITE);
        Proposal before = load(id);
        StaleEditException.check(body.version(), before.version());
        requireStatus(before, Status.SUBMITTED);
        String reason = reason(body.reason());
        if (body.mergeIntoId() == null || body.mergeIntoId().equals(id)) {
            throw DomainException.invalid("mergeIntoId", "proposal.error.mergeTargetRequired");
        }
        Proposal target = jdbc.queryForList("select id from union_proposal where id = ?", Long.class, body.mergeIntoId())
                .stream().findFirst().map(this::load)
                .orElseThrow(() -> DomainException.invalid("mergeIntoId", "proposal.error.mergeTargetRequired"));
        if (!target.sessionId().equals(before.sessionId()) || target.status() == Status.MERGED
                || target.status() == Status.OPINION) {
            throw DomainException.invalid("mergeIntoId", "proposal.error.mergeTargetInvalid");
        }
        jdbc.update("update union_proposal set status = ?, merged_into_id = ?, decision_reason = ? where id = ?",
                Status.MERGED.name(), target.id(), reason, id);
        return saved(id, before, body.version(), AuditAction.UPDATE);
    }

    /** Not a proposal but an opinion or suggestion (意见建议): handed on as such, with a reason. */
    public Proposal toOpinion(Long id, Decision body) {
        CurrentActor.require(Permissions.UNION_WRITE);
        Proposal before = load(id);
        StaleEditException.check(body.version(), before.version());
        requireStatus(before, Status.SUBMITTED);
        jdbc.update("update union_proposal set status = ?, decision_reason = ? where id = ?", Status.OPINION.name(),
                reason(body.reason()), id);
        return saved(id, before, body.version(), AuditAction.UPDATE);
    }

    /** Records the party committee meeting that discussed the proposal and what it decided. */
    public Proposal recordParty(Long id, PartyRecord body) {
        CurrentActor.require(Permissions.UNION_WRITE);
        Proposal before = load(id);
        StaleEditException.check(body.version(), before.version());
        if (before.status() != Status.ACCEPTED && before.status() != Status.ASSIGNED) {
            throw DomainException.conflict("proposal.error.wrongStatus", before.status().name());
        }
        if (body.meetingOn() == null) {
            throw DomainException.invalid("meetingOn", "proposal.error.meetingRequired");
        }
        if (body.meetingOn().isAfter(today())) {
            throw DomainException.invalid("meetingOn", "proposal.error.meetingFuture");
        }
        if (body.decision() == null || body.decision().isBlank()) {
            throw DomainException.invalid("decision", "proposal.error.decisionRequired");
        }
        if (body.decision().strip().length() > 1000) {
            throw DomainException.invalid("decision", "error.tooLong", 1000);
        }
        jdbc.update("update union_proposal set party_review = true, party_meeting_on = ?, party_decision = ? where id = ?",
                body.meetingOn(), body.decision().strip(), id);
        return saved(id, before, body.version(), AuditAction.UPDATE);
    }

    /** Assigns the lead department, co-departments and the deadline; a proposal flagged for the party committee waits for its decision. */
    public Proposal assign(Long id, Assignment body) {
        CurrentActor.require(Permissions.UNION_WRITE);
        Proposal before = load(id);
        StaleEditException.check(body.version(), before.version());
        if (before.status() != Status.ACCEPTED && before.status() != Status.ASSIGNED) {
            throw DomainException.conflict("proposal.error.wrongStatus", before.status().name());
        }
        if (before.partyReview() && before.partyMeetingOn() == null) {
            throw DomainException.conflict("proposal.error.partyPending");
        }
        UnitView lead = units.find(body.leadUnitId()).filter(UnitView::active).orElseThrow(() ->
                DomainException.invalid("leadUnitId", "proposal.error.leadRequired"));
        if (body.dueOn() == null) {
            throw DomainException.invalid("dueOn", "proposal.error.dueRequired");
        }
        if (body.dueOn().isBefore(today())) {
            throw DomainException.invalid("dueOn", "proposal.error.duePast");
        }
        Set<Long> co = new LinkedHashSet<>();
        for (Long u : body.coUnitIds() == null ? List.<Long>of() : body.coUnitIds()) {
            if (u == null || u.equals(lead.id())) {
                continue;
            }
            units.find(u).orElseThrow(() -> DomainException.invalid("coUnitIds", "proposal.error.unitUnknown", u));
            co.add(u);
        }
        jdbc.update("update union_proposal set status = ?, lead_unit_id = ?, due_on = ? where id = ?",
                Status.ASSIGNED.name(), lead.id(), body.dueOn(), id);
        jdbc.update("delete from union_proposal_co_unit where proposal_id = ?", id);
        for (Long u : co) {
            jdbc.update("insert into union_proposal_co_unit (proposal_id, unit_id) values (?, ?)", id, u);
        }
        return saved(id, before, body.version(), AuditAction.UPDATE);
    }

    // ------------------------------------------------------------------ the lead department

    public Proposal answer(Long id, AnswerForm form) {
        Actor actor = CurrentActor.require(Permissions.PROPOSAL_ANSWER);
        Proposal before = load(id);
        if (!before.status().awaitingAnswer()) {
            throw DomainException.conflict("proposal.error.notAwaitingAnswer");
        }
        if (!scope.canSee(actor, before.leadUnitId())) {
            throw new DomainException(HttpStatus.FORBIDDEN, null, "proposal.error.notYourDepartment", before.leadUnitName());
        }
        StaleEditException.check(form.version(), before.version());
        if (form.answer() == null || form.answer().isBlank()) {
            throw DomainException.invalid("answer", "proposal.error.answerRequired");
        }
        if (form.answer().strip().length() > 4000) {
            throw DomainException.invalid("answer", "error.tooLong", 4000);
        }
        LocalDate on = form.answeredOn() == null ? today() : form.answeredOn();
        if (on.isAfter(today()) || (before.acceptedOn() != null && on.isBefore(before.acceptedOn()))) {
            throw DomainException.invalid("answeredOn", "proposal.error.answeredOnRange");
        }
        int round = before.answerRound() + 1;
        jdbc.update("insert into union_proposal_answer (proposal_id, round, unit_id, answer, answered_on, answered_by) "
                + "values (?, ?, ?, ?, ?, ?)", id, round, before.leadUnitId(), form.answer().strip(), on, actor.username());
        jdbc.update("update union_proposal set status = ?, answer_round = ? where id = ?", Status.ANSWERED.name(), round, id);
        Proposal after = saved(id, before, form.version(), AuditAction.UPDATE);
        if (round == 1) {
            publishFacts(after);
        }
        return after;
    }

    // ------------------------------------------------------------------ progress

    @Transactional(readOnly = true)
    public Progress progress(Long sessionId) {
        CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        Session s = congress.loadSession(sessionId);
        Map<Long, String> names = new HashMap<>();
        List<Proposal> all = jdbc.query("select * from union_proposal where session_id = ? order by id",
                (rs, n) -> proposal(rs, names), sessionId);
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        for (Status st : Status.values()) {
            byStatus.put(st, 0);
        }
        Map<Rating, Integer> ratings = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) {
            ratings.put(r, 0);
        }
        int accepted = 0;
        int answered = 0;
        int unrated = 0;
        List<Proposal> overdue = new ArrayList<>();
        for (Proposal p : all) {
            byStatus.merge(p.status(), 1, Integer::sum);
            if (p.acceptedOn() != null) {
                accepted++;
                if (!p.answers().isEmpty()) {
                    answered++;
                    if (p.lastRating() == null) {
                        unrated++;
                    } else {
                        ratings.merge(p.lastRating(), 1, Integer::sum);
                    }
                }
            }
            if (p.overdue()) {
                overdue.add(p);
            }
        }
        int rated = ratings.values().stream().mapToInt(Integer::intValue).sum();
        int satisfied = ratings.get(Rating.SATISFIED) + ratings.get(Rating.BASICALLY_SATISFIED);
        return new Progress(sessionId, s.termName() + " " + s.title(), byStatus, accepted, answered,
                percent(answered, accepted), ratings, unrated, percent(satisfied, rated), overdue.size(), overdue);
    }

    static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    // ------------------------------------------------------------------ internals

    private void publishFacts(Proposal p) {
        List<Fact> facts = new ArrayList<>();
        if (p.acceptedOn() != null) {
            Term t = congress.loadTerm(congress.loadSession(p.sessionId()).termId());
            facts.add(Fact.of("union.proposals_accepted", t.hospitalUnitId(), p.acceptedOn(), 1));
        }
        if (!p.answers().isEmpty()) {
            Answer first = p.answers().get(0);
            facts.add(Fact.of("union.proposals_answered", first.unitId(), first.answeredOn(), 1));
        }
        events.publishEvent(new FactsRecorded(FACT_SOURCE, String.valueOf(p.id()), facts));
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "proposal.error.reasonRequired");
        }
        if (reason.strip().length() > 1000) {
            throw DomainException.invalid("reason", "error.tooLong", 1000);
        }
        return reason.strip();
    }

    private static void requireStatus(Proposal p, Status status) {
        if (p.status() != status) {
            throw DomainException.conflict("proposal.error.wrongStatus", p.status().name());
        }
    }

    private void setStatus(Long id, Status status) {
        jdbc.update("update union_proposal set status = ? where id = ?", status.name(), id);
    }

    /** Bumps the version (refusing a stale edit), audits the change and returns the new state. */
    private Proposal saved(Long id, Proposal before, Long version, AuditAction action) {
        int n = jdbc.update("update union_proposal set updated_at = ?, version = version + 1 where id = ? and version = ?",
                Timestamp.from(Instant.now(clock)), id, version);
        if (n == 0) {
            throw new StaleEditException();
        }
        Proposal after = load(id);
        events.publishEvent(RecordChanged.of(action, RECORD_TYPE, id, after.title(), snapshot(before), snapshot(after)));
        return after;
    }

    private Proposal load(Long id) {
        return jdbc.query("select * from union_proposal where id = ?", (rs, n) -> proposal(rs, new HashMap<>()), id)
                .stream().findFirst().orElseThrow(() -> DomainException.notFound("proposal.error.notFound", id));
    }

    private String unitName(Long id, Map<Long, String> names) {
        return id == null ? null : names.computeIfAbsent(id, k -> units.find(k).map(UnitView::name).orElse(""));
    }

    private Proposal proposal(ResultSet rs, Map<Long, String> names) throws SQLException {
        long id = rs.getLong("id");
        long sessionId = rs.getLong("session_id");
        Session s = congress.loadSession(sessionId);
        long proposer = rs.getLong("proposer_delegate_id");
        Map<String, Object> d = jdbc.queryForMap("select staff_id, quota_unit_id from union_congress_delegate where id = ?", proposer);
        Long proposerUnit = ((Number) d.get("quota_unit_id")).longValue();
        String proposerName = staff.find(((Number) d.get("staff_id")).longValue()).map(StaffView::name).orElse("?");
        List<Cosigner> cosigners = jdbc.query("select c.delegate_id, c.confirmed, d.staff_id from union_proposal_cosigner c "
                        + "join union_congress_delegate d on d.id = c.delegate_id where c.proposal_id = ? order by c.delegate_id",
                (r, n) -> new Cosigner(r.getLong("delegate_id"),
                        staff.find(r.getLong("staff_id")).map(StaffView::name).orElse("?"), r.getBoolean("confirmed")), id);
        List<Answer> answers = jdbc.query("select * from union_proposal_answer where proposal_id = ? order by round",
                (r, n) -> new Answer(r.getInt("round"), r.getLong("unit_id"), unitName(r.getLong("unit_id"), names),
                        r.getString("answer"), r.getObject("answered_on", LocalDate.class), r.getString("answered_by"),
                        r.getString("rating") == null ? null : Rating.valueOf(r.getString("rating")),
                        r.getObject("rated_on", LocalDate.class)), id);
        List<Long> coUnits = jdbc.queryForList("select unit_id from union_proposal_co_unit where proposal_id = ? order by unit_id",
                Long.class, id);
        Status status = Status.valueOf(rs.getString("status"));
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        Long lead = (Long) rs.getObject("lead_unit_id", Long.class);
        Long merged = (Long) rs.getObject("merged_into_id", Long.class);
        return new Proposal(id, sessionId, s.termName() + " " + s.title(), rs.getString("title"), rs.getString("content"),
                proposer, proposerName, proposerUnit, unitName(proposerUnit, names), cosigners, status, merged,
                rs.getString("decision_reason"), rs.getObject("accepted_on", LocalDate.class),
                rs.getBoolean("party_review"), rs.getObject("party_meeting_on", LocalDate.class),
                rs.getString("party_decision"), lead, unitName(lead, names), coUnits,
                coUnits.stream().map(u -> unitName(u, names)).toList(), due, rs.getInt("answer_round"), answers,
                status.awaitingAnswer() && due != null && due.isBefore(today()), rs.getLong("version"));
    }

    private static Map<String, Object> snapshot(Proposal p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sessionId", p.sessionId());
        m.put("title", p.title());
        m.put("status", p.status());
        m.put("proposerDelegateId", p.proposerDelegateId());
        m.put("cosigners", p.cosigners().stream().map(c -> c.delegateId() + (c.confirmed() ? "✓" : "")).toList());
        m.put("mergedIntoId", p.mergedIntoId());
        m.put("decisionReason", p.decisionReason());
        m.put("partyReview", p.partyReview());
        m.put("partyMeetingOn", p.partyMeetingOn());
        m.put("partyDecision", p.partyDecision());
        m.put("leadUnitId", p.leadUnitId());
        m.put("coUnitIds", p.coUnitIds());
        m.put("dueOn", p.dueOn());
        m.put("answerRound", p.answerRound());
        m.put("lastRating", p.lastRating());
        return m;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
