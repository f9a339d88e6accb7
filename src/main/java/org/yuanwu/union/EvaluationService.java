package org.yuanwu.union;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ScopeGuard;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;
import org.yuanwu.union.EvaluationViews.BallotForm;
import org.yuanwu.union.EvaluationViews.Candidate;
import org.yuanwu.union.EvaluationViews.CandidateForm;
import org.yuanwu.union.EvaluationViews.Electorate;
import org.yuanwu.union.EvaluationViews.Grade;
import org.yuanwu.union.EvaluationViews.MyBallot;
import org.yuanwu.union.EvaluationViews.Result;
import org.yuanwu.union.EvaluationViews.Round;
import org.yuanwu.union.EvaluationViews.RoundForm;
import org.yuanwu.union.EvaluationViews.Status;
import org.yuanwu.union.internal.evaluation.EvaluationRule;

/**
 * Democratic evaluation (民主评议) of named managers by the delegates of a term or by the staff of chosen units.
 * Ballots are anonymous and kept unlinkable to their voters: {@code union_evaluation_voter} records only that a
 * person voted in a round (to refuse a second ballot), with no time and no reference to the ballot; the ballot has a
 * random id and no time, its grades are written in a shuffled order, and the audit trail records the voter without
 * the ballot. The survey engine is not used because its responses keep the respondent's user id on the response
 * that holds the answers, with the submission time. Results (the share of each grade, and a flag when more than
 * the round's N % graded a person 不称职) are shown only to UNION_READ, and only after the round is closed.
 */
@Service
@Transactional
public class EvaluationService {

    public static final String RECORD_TYPE = "union_evaluation_round";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final CongressService congress;
    private final CongressParticipants participants;
    private final OrgUnitService units;
    private final StaffService staff;
    private final ScopeGuard scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int flagPercent;

    EvaluationService(JdbcTemplate jdbc, CongressService congress, CongressParticipants participants, OrgUnitService units,
                      StaffService staff, ScopeGuard scope, ApplicationEventPublisher events, Optional<Clock> clock,
                      @Value("${yuanwu.union.evaluation.flag-percent:30}") int flagPercent) {
        this.jdbc = jdbc;
        this.congress = congress;
        this.participants = participants;
        this.units = units;
        this.staff = staff;
        this.scope = scope;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
        this.flagPercent = flagPercent;
    }

    public int defaultFlagPercent() {
        return flagPercent;
    }

    // ------------------------------------------------------------------ rounds

    @Transactional(readOnly = true)
    public List<Round> rounds() {
        CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        return jdbc.queryForList("select id from union_evaluation_round order by id desc", Long.class).stream()
                .map(this::load).toList();
    }

    @Transactional(readOnly = true)
    public Round round(Long id) {
        CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        return load(id);
    }

    public Round create(RoundForm form) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        if (form.title() == null || form.title().isBlank()) {
            throw DomainException.invalid("title", "evaluation.error.titleRequired");
        }
        if (form.title().strip().length() > 200) {
            throw DomainException.invalid("title", "error.tooLong", 200);
        }
        UnitView hospital = units.find(form.hospitalUnitId()).orElseThrow(() ->
                DomainException.invalid("hospitalUnitId", "evaluation.error.unitRequired"));
        if (!scope.canSee(actor, hospital.id(), hospital.path())) {
            throw new AccessDeniedProblem();
        }
        if (form.electorate() == null) {
            throw DomainException.invalid("electorate", "evaluation.error.electorateRequired");
        }
        Set<Long> unitIds = new LinkedHashSet<>();
        if (form.electorate() == Electorate.DELEGATES) {
            if (form.termId() == null) {
                throw DomainException.invalid("termId", "evaluation.error.termRequired");
            }
            congress.loadTerm(form.termId());
        } else {
            for (Long u : form.unitIds() == null ? List.<Long>of() : form.unitIds()) {
                UnitView unit = units.find(u).orElseThrow(() -> DomainException.invalid("unitIds", "evaluation.error.unitsRequired"));
                unitIds.add(unit.id());
            }
            if (unitIds.isEmpty()) {
                throw DomainException.invalid("unitIds", "evaluation.error.unitsRequired");
            }
        }
        int percent = form.flagPercent() == null ? flagPercent : form.flagPercent();
        if (percent < 1 || percent > 100) {
            throw DomainException.invalid("flagPercent", "evaluation.error.flagPercentRange");
        }
        Instant now = Instant.now(clock);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into union_evaluation_round (hospital_unit_id, title, electorate, term_id, "
                    + "flag_percent, status, created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[]{"id"});
            ps.setLong(1, hospital.id());
            ps.setString(2, form.title().strip());
            ps.setString(3, form.electorate().name());
            ps.setObject(4, form.electorate() == Electorate.DELEGATES ? form.termId() : null);
            ps.setInt(5, percent);
            ps.setString(6, Status.DRAFT.name());
            ps.setString(7, actor.username());
            ps.setTimestamp(8, Timestamp.from(now));
            ps.setTimestamp(9, Timestamp.from(now));
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        for (Long u : unitIds) {
            jdbc.update("insert into union_evaluation_unit (round_id, unit_id) values (?, ?)", id, u);
        }
        Round r = load(id);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, id, r.title(), snapshot(r)));
        return r;
    }

    @Transactional(readOnly = true)
    public List<Candidate> candidates(Long roundId) {
        CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        return candidateList(roundId);
    }

    private List<Candidate> candidateList(Long roundId) {
        Map<Long, String> names = new HashMap<>();
        return jdbc.query("select * from union_evaluation_candidate where round_id = ? order by id", (rs, n) -> {
            Optional<StaffView> s = staff.find(rs.getLong("staff_id"));
            String unit = s.map(StaffView::unitId).map(u -> names.computeIfAbsent(u,
                    k -> units.find(k).map(UnitView::name).orElse(""))).orElse("");
            return new Candidate(rs.getLong("id"), rs.getLong("staff_id"), s.map(StaffView::name).orElse("?"), unit,
                    rs.getString("post"));
        }, roundId);
    }

    public Candidate addCandidate(Long roundId, CandidateForm form) {
        CurrentActor.require(Permissions.UNION_WRITE);
        Round r = load(roundId);
        if (r.status() != Status.DRAFT) {
            throw DomainException.conflict("evaluation.error.notDraft");
        }
        StaffView s = staff.find(form.staffId()).filter(v -> v.status() == StaffStatus.ACTIVE).orElseThrow(() ->
                DomainException.invalid("staffId", "evaluation.error.staffRequired"));
        if (form.post() == null || form.post().isBlank()) {
            throw DomainException.invalid("post", "evaluation.error.postRequired");
        }
        if (form.post().strip().length() > 100) {
            throw DomainException.invalid("post", "error.tooLong", 100);
        }
        try {
            jdbc.update("insert into union_evaluation_candidate (round_id, staff_id, post) values (?, ?, ?)",
                    roundId, s.id(), form.post().strip());
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("evaluation.error.candidateTwice", s.name());
        }
        Candidate c = candidateList(roundId).stream().filter(x -> x.staffId().equals(s.id())).findFirst().orElseThrow();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("roundId", roundId);
        after.put("staffId", s.id());
        after.put("post", c.post());
        events.publishEvent(RecordChanged.created("union_evaluation_candidate", c.id(), r.title() + " " + s.name(), after));
        return c;
    }

    public Round open(Long roundId, Long version) {
        CurrentActor.require(Permissions.UNION_WRITE);
        Round before = load(roundId);
        StaleEditException.check(version, before.version());
        if (before.status() != Status.DRAFT) {
            throw DomainException.conflict("evaluation.error.notDraft");
        }
        if (candidateList(roundId).isEmpty()) {
            throw DomainException.conflict("evaluation.error.noCandidates");
        }
        return step(before, Status.OPEN);
    }

    public Round close(Long roundId, Long version) {
        CurrentActor.require(Permissions.UNION_WRITE);
        Round before = load(roundId);
        StaleEditException.check(version, before.version());
        if (before.status() != Status.OPEN) {
            throw DomainException.conflict("evaluation.error.notOpen");
        }
        return step(before, Status.CLOSED);
    }

    private Round step(Round before, Status status) {
        int n = jdbc.update("update union_evaluation_round set status = ?, updated_at = ?, version = version + 1 "
                + "where id = ? and version = ?", status.name(), Timestamp.from(Instant.now(clock)), before.id(), before.version());
        if (n == 0) {
            throw new StaleEditException();
        }
        Round after = load(before.id());
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, before.id(), after.title(), snapshot(before), snapshot(after)));
        return after;
    }

    // ------------------------------------------------------------------ ballots

    @Transactional(readOnly = true)
    public MyBallot myBallot(Long roundId) {
        Actor actor = CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        Round r = load(roundId);
        Optional<Long> staffId = participants.staffId(actor);
        boolean eligible = staffId.isPresent() && eligible(r, actor, staffId.get());
        boolean voted = staffId.isPresent() && hasVoted(roundId, staffId.get());
        return new MyBallot(eligible, voted);
    }

    /** Casts the caller's anonymous ballot: a grade for every candidate, once per person and round. */
    public void cast(Long roundId, BallotForm form) {
        Actor actor = CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        Round r = load(roundId);
        if (r.status() != Status.OPEN) {
            throw DomainException.conflict("evaluation.error.notOpen");
        }
        Long staffId = participants.staffId(actor).filter(s -> eligible(r, actor, s)).orElseThrow(() ->
                new DomainException(HttpStatus.FORBIDDEN, null, "evaluation.error.notEligible"));
        if (hasVoted(roundId, staffId)) {
            throw DomainException.conflict("evaluation.error.votedTwice");
        }
        List<Candidate> candidates = new ArrayList<>(candidateList(roundId));
        Map<Long, Grade> grades = form == null || form.grades() == null ? Map.of() : form.grades();
        for (Candidate c : candidates) {
            if (grades.get(c.id()) == null) {
                throw DomainException.invalid("grades", "evaluation.error.gradeMissing", c.name());
            }
        }
        if (grades.keySet().stream().anyMatch(id -> candidates.stream().noneMatch(c -> c.id().equals(id)))) {
            throw DomainException.invalid("grades", "evaluation.error.unknownCandidate");
        }
        try {
            jdbc.update("insert into union_evaluation_voter (round_id, staff_id) values (?, ?)", roundId, staffId);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("evaluation.error.votedTwice");
        }
        String ballotId = UUID.randomUUID().toString();
        jdbc.update("insert into union_evaluation_ballot (id, round_id) values (?, ?)", ballotId, roundId);
        // Shuffled, so the order the grades were written in tells nothing about the order of the ballot paper.
        Collections.shuffle(candidates, RANDOM);
        for (Candidate c : candidates) {
            jdbc.update("insert into union_evaluation_choice (ballot_id, candidate_id, grade) values (?, ?, ?)",
                    ballotId, c.id(), grades.get(c.id()).name());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("roundId", roundId);
        after.put("staffId", staffId);
        events.publishEvent(RecordChanged.created("union_evaluation_voter", roundId + "-" + staffId, r.title(), after));
    }

    private boolean hasVoted(Long roundId, Long staffId) {
        Integer n = jdbc.queryForObject("select count(*) from union_evaluation_voter where round_id = ? and staff_id = ?",
                Integer.class, roundId, staffId);
        return n != null && n > 0;
    }

    private boolean eligible(Round r, Actor actor, Long staffId) {
        if (r.electorate() == Electorate.DELEGATES) {
            return participants.delegateId(actor, r.termId()).isPresent();
        }
        Optional<StaffView> s = staff.find(staffId).filter(v -> v.status() == StaffStatus.ACTIVE);
        if (s.isEmpty()) {
            return false;
        }
        String home = units.find(s.get().unitId()).map(UnitView::path).orElse("/none/");
        return r.unitIds().stream().map(units::find).flatMap(Optional::stream).anyMatch(u -> home.startsWith(u.path()));
    }

    // ------------------------------------------------------------------ results

    /** Results per person: only for UNION_READ, only once the round is closed. */
    @Transactional(readOnly = true)
    public List<Result> results(Long roundId) {
        CurrentActor.require(Permissions.UNION_READ);
        Round r = load(roundId);
        if (r.status() != Status.CLOSED) {
            throw DomainException.conflict("evaluation.error.resultsAfterClose");
        }
        Map<Long, Map<Grade, Integer>> counts = new HashMap<>();
        jdbc.query("select c.candidate_id, c.grade, count(*) as n from union_evaluation_choice c "
                + "join union_evaluation_candidate k on k.id = c.candidate_id where k.round_id = ? "
                + "group by c.candidate_id, c.grade", rs -> {
            counts.computeIfAbsent(rs.getLong("candidate_id"), k -> new EnumMap<>(Grade.class))
                    .put(Grade.valueOf(rs.getString("grade")), rs.getInt("n"));
        }, roundId);
        List<Result> results = new ArrayList<>();
        for (Candidate c : candidateList(roundId)) {
            Map<Grade, Integer> byGrade = new EnumMap<>(Grade.class);
            for (Grade g : Grade.values()) {
                byGrade.put(g, counts.getOrDefault(c.id(), Map.of()).getOrDefault(g, 0));
            }
            int ballots = byGrade.values().stream().mapToInt(Integer::intValue).sum();
            Map<Grade, java.math.BigDecimal> shares = new EnumMap<>(Grade.class);
            byGrade.forEach((g, n) -> shares.put(g, EvaluationRule.share(n, ballots)));
            results.add(new Result(c, ballots, byGrade, shares,
                    EvaluationRule.flagged(byGrade.get(Grade.INCOMPETENT), ballots, r.flagPercent())));
        }
        return results;
    }

    // ------------------------------------------------------------------ internals

    private Round load(Long id) {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from union_evaluation_round where id = ?", id);
        if (rows.isEmpty()) {
            throw DomainException.notFound("evaluation.error.notFound", id);
        }
        Map<String, Object> row = rows.get(0);
        Long termId = row.get("term_id") == null ? null : ((Number) row.get("term_id")).longValue();
        List<Long> unitIds = jdbc.queryForList("select unit_id from union_evaluation_unit where round_id = ? order by unit_id",
                Long.class, id);
        Integer ballots = jdbc.queryForObject("select count(*) from union_evaluation_ballot where round_id = ?", Integer.class, id);
        return new Round(id, ((Number) row.get("hospital_unit_id")).longValue(), (String) row.get("title"),
                Electorate.valueOf((String) row.get("electorate")), termId,
                termId == null ? null : congress.loadTerm(termId).name(), unitIds,
                unitIds.stream().map(u -> units.find(u).map(UnitView::name).orElse("")).toList(),
                ((Number) row.get("flag_percent")).intValue(), Status.valueOf((String) row.get("status")),
                ballots == null ? 0 : ballots, ((Number) row.get("version")).longValue());
    }

    private static Map<String, Object> snapshot(Round r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", r.title());
        m.put("electorate", r.electorate());
        m.put("termId", r.termId());
        m.put("unitIds", r.unitIds());
        m.put("flagPercent", r.flagPercent());
        m.put("status", r.status());
        return m;
    }
}
