package org.yuanwu.infection;

import org.yuanwu.common.HospitalTime;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.infection.internal.IdBlocks;
import org.yuanwu.infection.internal.InfectionScope;
import org.yuanwu.infection.internal.ScreeningRule;
import org.yuanwu.infection.internal.ScreeningRuleEntity;
import org.yuanwu.infection.internal.ScreeningRuleRepository;
import org.yuanwu.infection.internal.Suspect;
import org.yuanwu.infection.internal.SuspectRepository;

/**
 * Automatic screening: rules kept as data read the received clinical events and flag stays as suspected cases;
 * the office confirms (a case, counted as missed unless the ward had reported it) or dismisses each. A run is
 * one transaction: interrupted, it leaves nothing half-written, and the next run starts from the last complete one.
 */
@Service
@Transactional
public class ScreeningService {

    public static final String RULE_RECORD_TYPE = "infection_rule";
    public static final String SUSPECT_RECORD_TYPE = "infection_suspect";
    static final ZoneId ZONE = HospitalTime.ZONE;

    private final ScreeningRuleRepository rules;
    private final SuspectRepository suspects;
    private final InfectionCaseService cases;
    private final InfectionScope scope;
    private final IdBlocks ids;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    ScreeningService(ScreeningRuleRepository rules, SuspectRepository suspects, InfectionCaseService cases,
                     InfectionScope scope, IdBlocks ids, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.rules = rules;
        this.suspects = suspects;
        this.cases = cases;
        this.scope = scope;
        this.ids = ids;
        this.jdbc = jdbc;
        this.events = events;
    }

    // ---------------------------------------------------------------- rules

    @Transactional(readOnly = true)
    public List<RuleView> rules() {
        CurrentActor.require(Permissions.INFECTION_READ);
        return rules.findAllByOrderByIdAsc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public RuleView rule(String code) {
        CurrentActor.require(Permissions.INFECTION_READ);
        return view(load(code));
    }

    public RuleView updateRule(String code, RuleForm form) {
        CurrentActor.require(Permissions.INFECTION_MANAGE);
        ScreeningRuleEntity r = load(code);
        StaleEditException.check(form.version(), r.getVersion());
        Map<String, Object> before = r.snapshot();
        r.define(r.getEventKind(), amount(form.minAmount()), Boolean.TRUE.equals(form.requirePositive()),
                specimens(form.specimens()), hours(form.afterHours()), form.enabled() == null || form.enabled());
        rules.saveAndFlush(r);
        events.publishEvent(RecordChanged.updated(RULE_RECORD_TYPE, r.getId(), r.getCode(), before, r.snapshot()));
        return view(r);
    }

    /** Adds a rule with its test cases; refused unless every case gives what it expects. */
    public RuleView createRule(RuleDefinition d) {
        CurrentActor.require(Permissions.INFECTION_MANAGE);
        String code = d.code() == null ? "" : d.code().strip().toUpperCase();
        if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw DomainException.invalid("code", "infection.error.ruleCode");
        }
        if (rules.findByCode(code).isPresent()) {
            throw DomainException.conflict("infection.error.ruleExists", code);
        }
        if (d.eventKind() == null) {
            throw DomainException.invalid("eventKind", "infection.error.required");
        }
        for (String text : new String[] {d.nameZh(), d.nameEn(), d.explanationZh(), d.explanationEn()}) {
            if (text == null || text.isBlank()) {
                throw DomainException.invalid("name", "infection.error.ruleTexts");
            }
        }
        if (d.cases() == null || d.cases().stream().noneMatch(RuleCase::expected) || d.cases().stream().allMatch(RuleCase::expected)) {
            throw DomainException.invalid("cases", "infection.error.ruleCasesBothWays");
        }
        ScreeningRuleEntity r = new ScreeningRuleEntity(code);
        r.describe(limit(d.nameZh(), 100), limit(d.nameEn(), 100), limit(d.explanationZh(), 1000), limit(d.explanationEn(), 1000));
        r.define(d.eventKind(), amount(d.minAmount()), Boolean.TRUE.equals(d.requirePositive()), specimens(d.specimens()),
                hours(d.afterHours()), true);
        ScreeningRule rule = r.rule();
        for (int i = 0; i < d.cases().size(); i++) {
            RuleCase c = d.cases().get(i);
            if (rule.matches(d.eventKind(), c.minutes(), c.amount(), c.specimen(), c.positive()) != c.expected()) {
                throw DomainException.invalid("cases", "infection.error.ruleCaseFails", i + 1, c.description());
            }
        }
        rules.saveAndFlush(r);
        saveCases(r.getId(), d.cases());
        events.publishEvent(RecordChanged.created(RULE_RECORD_TYPE, r.getId(), code, r.snapshot()));
        return view(r);
    }

    void saveCases(Long ruleId, List<RuleCase> list) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            RuleCase c = list.get(i);
            rows.add(new Object[] {ruleId, i + 1, limit(c.description(), 200), c.minutes(), c.amount(), c.specimen(),
                    c.positive(), c.expected()});
        }
        jdbc.batchUpdate("insert into infection_rule_case (rule_id, case_no, description, minutes, amount, specimen, positive,"
                + " expected) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private RuleView view(ScreeningRuleEntity r) {
        ScreeningRule rule = r.rule();
        List<RuleCaseResult> results = new ArrayList<>();
        jdbc.query("select case_no, description, minutes, amount, specimen, positive, expected from infection_rule_case"
                + " where rule_id = ? order by case_no", rs -> {
            RuleCase c = new RuleCase(rs.getString(2), rs.getInt(3), rs.getBigDecimal(4), rs.getString(5),
                    (Boolean) rs.getObject(6), rs.getBoolean(7));
            results.add(new RuleCaseResult(rs.getInt(1), c,
                    rule.matches(r.getEventKind(), c.minutes(), c.amount(), c.specimen(), c.positive())));
        }, r.getId());
        return new RuleView(r.getId(), r.getCode(), r.getNameZh(), r.getNameEn(), r.getExplanationZh(), r.getExplanationEn(),
                r.getEventKind(), r.getMinAmount(), r.isRequirePositive(), r.getSpecimens(), r.getAfterHours(), r.isEnabled(),
                r.getVersion(), results, results.stream().allMatch(RuleCaseResult::passed));
    }

    private ScreeningRuleEntity load(String code) {
        return rules.findByCode(code).orElseThrow(() -> DomainException.notFound("infection.error.ruleNotFound", code));
    }

    // ---------------------------------------------------------------- runs

    /**
     * Runs every enabled rule over the events received since the last run (incremental) or over all (full), and
     * flags each stay at most once per rule. Returns the run's record.
     */
    public ScreeningRunView run(boolean full) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_MANAGE);
        Instant started = Instant.now();
        Long lastRun = jdbc.queryForObject("select max(last_event_id) from infection_screening_run", Long.class);
        long after = full || lastRun == null ? 0 : lastRun;
        Long maxId = jdbc.queryForObject("select max(id) from infection_event", Long.class);
        long upTo = maxId == null ? after : Math.max(after, maxId);
        int created = 0;
        if (upTo > after) {
            for (ScreeningRuleEntity r : rules.findAllByOrderByIdAsc()) {
                if (r.isEnabled()) {
                    created += flag(r, after, upTo);
                }
            }
        }
        long runId = ids.block("infection_run_seq", 1)[0];
        Instant finished = Instant.now();
        String mode = full ? "FULL" : "INCREMENTAL";
        jdbc.update("insert into infection_screening_run (id, mode, started_at, finished_at, events_after, last_event_id,"
                        + " suspects_created, started_by) values (?, ?, ?, ?, ?, ?, ?, ?)", runId, mode, Timestamp.from(started),
                Timestamp.from(finished), after, upTo, created, actor.username());
        return new ScreeningRunView(runId, mode, started, finished, after, upTo, created, actor.username());
    }

    private int flag(ScreeningRuleEntity r, long after, long upTo) {
        List<Object> params = new ArrayList<>();
        String where = r.rule().where(params);
        params.add(after);
        params.add(upTo);
        List<long[]> candidates = new ArrayList<>();
        jdbc.query("select e.admission_id, min(e.id), min(a.unit_id) from infection_event e"
                + " join infection_admission a on a.id = e.admission_id"
                + " where " + where + " and e.id > ? and e.id <= ? group by e.admission_id", rs -> {
            candidates.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        }, params.toArray());
        if (candidates.isEmpty()) {
            return 0;
        }
        Set<Long> already = new HashSet<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("select s.admission_id from infection_suspect s"
                    + " join unnest(?) as c(admission_id) on s.admission_id = c.admission_id where s.rule_id = ?");
            ps.setArray(1, con.createArrayOf("BIGINT", candidates.stream().map(c -> c[0]).toArray()));
            ps.setLong(2, r.getId());
            return ps;
        }, rs -> {
            already.add(rs.getLong(1));
        });
        List<long[]> fresh = candidates.stream().filter(c -> !already.contains(c[0])).toList();
        long[] next = ids.block("infection_suspect_seq", fresh.size());
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            long[] c = fresh.get(i);
            rows.add(new Object[] {next[i], c[0], r.getId(), c[1], c[2], now});
        }
        jdbc.batchUpdate("insert into infection_suspect (id, admission_id, rule_id, event_id, unit_id, flagged_at, status)"
                + " values (?, ?, ?, ?, ?, ?, 'NEW')", rows);
        return rows.size();
    }

    @Transactional(readOnly = true)
    public List<ScreeningRunView> runs(int limit) {
        CurrentActor.require(Permissions.INFECTION_READ);
        return jdbc.query("select id, mode, started_at, finished_at, events_after, last_event_id, suspects_created, started_by"
                        + " from infection_screening_run order by id desc limit ?",
                (rs, i) -> new ScreeningRunView(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(), rs.getLong(5), rs.getLong(6), rs.getInt(7), rs.getString(8)),
                Math.max(1, Math.min(limit, 100)));
    }

    // ---------------------------------------------------------------- suspects

    private static final String SUSPECT_SELECT = "select s.id, s.admission_id, a.visit_no, a.patient_no, s.unit_id,"
            + " a.admitted_at, r.code, r.name_zh, r.name_en, e.kind, e.occurred_at, e.minutes_after_admission, e.amount,"
            + " e.specimen, e.organism, e.detail, s.flagged_at, s.status, s.case_id, s.reviewed_by, s.reviewed_at,"
            + " s.review_note, s.version from infection_suspect s join infection_admission a on a.id = s.admission_id"
            + " join infection_rule r on r.id = s.rule_id join infection_event e on e.id = s.event_id";

    /** Suspects in the caller's scope, newest first; {@code unitId} includes the units below it. */
    @Transactional(readOnly = true)
    public Page<SuspectView> suspects(SuspectStatus status, Long unitId, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_READ);
        Collection<Long> visible = scope.visibleUnitIds(actor);
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (status != null) {
            where.append(" and s.status = ?");
            params.add(status.name());
        }
        List<Long> units = null;
        if (unitId != null) {
            units = new ArrayList<>(scope.subtree(unitId));
        }
        if (visible != null) {
            units = units == null ? new ArrayList<>(visible) : units.stream().filter(visible::contains).toList();
        }
        String join = "";
        if (units != null) {
            if (units.isEmpty()) {
                return Page.empty(pageable);
            }
            join = " join unnest(?) as u(id) on s.unit_id = u.id";
        }
        final List<Long> unitList = units;
        final String sqlWhere = where.toString();
        Long total = jdbc.query(con -> {
            var ps = con.prepareStatement("select count(*) from infection_suspect s" + (unitList == null ? ""
                    : " join unnest(?) as u(id) on s.unit_id = u.id") + sqlWhere);
            int p = 1;
            if (unitList != null) {
                ps.setArray(p++, con.createArrayOf("BIGINT", unitList.toArray()));
            }
            for (Object o : params) {
                ps.setObject(p++, o);
            }
            return ps;
        }, rs -> rs.next() ? rs.getLong(1) : 0L);
        List<SuspectView> content = new ArrayList<>();
        final String sqlJoin = join;
        jdbc.query(con -> {
            var ps = con.prepareStatement(SUSPECT_SELECT + sqlJoin + sqlWhere + " order by s.flagged_at desc, s.id desc"
                    + " limit ? offset ?");
            int p = 1;
            if (unitList != null) {
                ps.setArray(p++, con.createArrayOf("BIGINT", unitList.toArray()));
            }
            for (Object o : params) {
                ps.setObject(p++, o);
            }
            ps.setInt(p++, pageable.getPageSize());
            ps.setLong(p, pageable.getOffset());
            return ps;
        }, rs -> {
            content.add(suspect(rs));
        });
        return new PageImpl<>(withReportedCases(content), pageable, total == null ? 0 : total);
    }

    @Transactional(readOnly = true)
    public SuspectView suspect(Long id) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_READ);
        return loadView(actor, id);
    }

    private SuspectView loadView(Actor actor, Long id) {
        List<SuspectView> found = new ArrayList<>();
        jdbc.query(SUSPECT_SELECT + " where s.id = ?", rs -> {
            found.add(suspect(rs));
        }, id);
        if (found.isEmpty()) {
            throw DomainException.notFound("infection.error.suspectNotFound", id);
        }
        SuspectView v = withReportedCases(found).get(0);
        scope.visibleUnit(actor, v.unitId());
        return v;
    }

    /** Confirms a suspect: against the ward's own report of the stay, or as a new case the office found (missed). */
    public SuspectView confirm(Long id, SuspectDecision d) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_MANAGE);
        SuspectView v = loadView(actor, id);
        Suspect s = suspects.findById(id).orElseThrow();
        StaleEditException.check(d.version(), s.getVersion());
        if (s.getStatus() != SuspectStatus.NEW) {
            throw DomainException.conflict("infection.error.suspectReviewed");
        }
        Long caseId;
        if (d.existingCaseId() != null) {
            if (!v.reportedCaseIds().contains(d.existingCaseId())) {
                throw DomainException.invalid("existingCaseId", "infection.error.suspectCaseOtherStay", d.existingCaseId());
            }
            CaseView existing = cases.get(d.existingCaseId());
            if (existing.status() == CaseStatus.REPORTED) {
                cases.confirm(existing.id(), existing.version());
            } else if (existing.status() == CaseStatus.EXCLUDED) {
                throw DomainException.conflict("infection.error.caseExcluded");
            }
            caseId = existing.id();
        } else {
            LocalDate admitted = v.admittedAt().atZone(ZONE).toLocalDate();
            LocalDate onset = d.onsetDate() != null ? d.onsetDate() : v.eventAt().atZone(ZONE).toLocalDate();
            caseId = cases.recordFound(new CaseForm(v.unitId(), v.patientNo(), v.visitNo(), admitted, onset, d.site(),
                    d.pathogen() != null ? d.pathogen() : v.organism(), d.specimen() != null ? d.specimen() : v.specimen(),
                    d.device(), d.operationClass(), null, d.note(), null), CaseOrigin.SCREENING).id();
        }
        Map<String, Object> before = s.snapshot();
        s.review(SuspectStatus.CONFIRMED, caseId, note(d.note(), false), actor.username(), Instant.now());
        suspects.saveAndFlush(s);
        events.publishEvent(RecordChanged.updated(SUSPECT_RECORD_TYPE, id, v.visitNo() + " " + v.ruleCode(), before, s.snapshot()));
        return loadView(actor, id);
    }

    public SuspectView dismiss(Long id, Long version, String reason) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_MANAGE);
        SuspectView v = loadView(actor, id);
        Suspect s = suspects.findById(id).orElseThrow();
        StaleEditException.check(version, s.getVersion());
        if (s.getStatus() != SuspectStatus.NEW) {
            throw DomainException.conflict("infection.error.suspectReviewed");
        }
        Map<String, Object> before = s.snapshot();
        s.review(SuspectStatus.DISMISSED, null, note(reason, true), actor.username(), Instant.now());
        suspects.saveAndFlush(s);
        events.publishEvent(RecordChanged.updated(SUSPECT_RECORD_TYPE, id, v.visitNo() + " " + v.ruleCode(), before, s.snapshot()));
        return loadView(actor, id);
    }

    /** Undoes a dismissal: the suspect waits for review again. (A confirmation is undone on its case.) */
    public SuspectView reopen(Long id, Long version) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_MANAGE);
        SuspectView v = loadView(actor, id);
        Suspect s = suspects.findById(id).orElseThrow();
        StaleEditException.check(version, s.getVersion());
        if (s.getStatus() != SuspectStatus.DISMISSED) {
            throw DomainException.conflict("infection.error.suspectNotDismissed");
        }
        Map<String, Object> before = s.snapshot();
        s.review(SuspectStatus.NEW, null, null, null, null);
        suspects.saveAndFlush(s);
        events.publishEvent(RecordChanged.updated(SUSPECT_RECORD_TYPE, id, v.visitNo() + " " + v.ruleCode(), before, s.snapshot()));
        return loadView(actor, id);
    }

    @Transactional(readOnly = true)
    public long newSuspectCount() {
        Actor actor = CurrentActor.require(Permissions.INFECTION_READ);
        return suspects(SuspectStatus.NEW, null, Pageable.ofSize(1)).getTotalElements();
    }

    private List<SuspectView> withReportedCases(List<SuspectView> list) {
        Set<String> visits = new HashSet<>();
        list.forEach(v -> visits.add(v.visitNo()));
        Map<String, List<Long>> byVisit = new HashMap<>();
        if (!visits.isEmpty()) {
            jdbc.query(con -> {
                var ps = con.prepareStatement("select c.visit_no, c.id from infection_case c join unnest(?) as v(visit_no)"
                        + " on c.visit_no = v.visit_no where c.status <> 'EXCLUDED' order by c.id");
                ps.setArray(1, con.createArrayOf("VARCHAR", visits.toArray()));
                return ps;
            }, rs -> {
                byVisit.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
            });
        }
        return list.stream().map(v -> new SuspectView(v.id(), v.admissionId(), v.visitNo(), v.patientNo(), v.unitId(),
                scope.name(v.unitId()), v.admittedAt(), v.ruleCode(), v.ruleNameZh(), v.ruleNameEn(), v.eventKind(),
                v.eventAt(), v.hoursAfterAdmission(), v.amount(), v.specimen(), v.organism(), v.detail(), v.flaggedAt(),
                v.status(), v.caseId(), v.reviewedBy(), v.reviewedAt(), v.reviewNote(),
                byVisit.getOrDefault(v.visitNo(), List.of()), v.version())).toList();
    }

    private static SuspectView suspect(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp reviewed = rs.getTimestamp(21);
        Object caseId = rs.getObject(19);
        return new SuspectView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), null,
                rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8), rs.getString(9),
                EventKind.valueOf(rs.getString(10)), rs.getTimestamp(11).toInstant(), rs.getInt(12) / 60,
                rs.getBigDecimal(13), rs.getString(14), rs.getString(15), rs.getString(16), rs.getTimestamp(17).toInstant(),
                SuspectStatus.valueOf(rs.getString(18)), caseId == null ? null : ((Number) caseId).longValue(),
                rs.getString(20), reviewed == null ? null : reviewed.toInstant(), rs.getString(22), List.of(), rs.getLong(23));
    }

    // ---------------------------------------------------------------- checks

    private static String note(String text, boolean required) {
        String v = text == null ? "" : text.strip();
        if (v.isEmpty()) {
            if (required) {
                throw DomainException.invalid("reason", "infection.error.dismissReasonRequired");
            }
            return null;
        }
        if (v.length() > 500) {
            throw DomainException.invalid("reason", "error.tooLong", 500);
        }
        return v;
    }

    private static BigDecimal amount(BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(new BigDecimal("100000")) >= 0)) {
            throw DomainException.invalid("minAmount", "infection.error.ruleAmount");
        }
        return value;
    }

    private static int hours(Integer value) {
        if (value == null || value < 0 || value > 24 * 365) {
            throw DomainException.invalid("afterHours", "infection.error.ruleHours");
        }
        return value;
    }

    private static String specimens(String text) {
        List<String> list = ScreeningRule.parseSpecimens(text);
        String joined = String.join(",", list);
        if (joined.length() > 400) {
            throw DomainException.invalid("specimens", "error.tooLong", 400);
        }
        return list.isEmpty() ? null : joined;
    }

    private static String limit(String text, int max) {
        String v = text == null ? "" : text.strip();
        if (v.length() > max) {
            throw DomainException.invalid("name", "error.tooLong", max);
        }
        return v;
    }
}
