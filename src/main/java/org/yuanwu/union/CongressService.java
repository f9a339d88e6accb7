package org.yuanwu.union;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
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
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;
import org.yuanwu.union.CongressViews.Attendance;
import org.yuanwu.union.CongressViews.Ballot;
import org.yuanwu.union.CongressViews.Delegate;
import org.yuanwu.union.CongressViews.Document;
import org.yuanwu.union.CongressViews.DocumentFile;
import org.yuanwu.union.CongressViews.Election;
import org.yuanwu.union.CongressViews.Item;
import org.yuanwu.union.CongressViews.ItemForm;
import org.yuanwu.union.CongressViews.ItemKind;
import org.yuanwu.union.CongressViews.ItemStatus;
import org.yuanwu.union.CongressViews.MajorityBasis;
import org.yuanwu.union.CongressViews.MyStanding;
import org.yuanwu.union.CongressViews.Quota;
import org.yuanwu.union.CongressViews.Resolution;
import org.yuanwu.union.CongressViews.Session;
import org.yuanwu.union.CongressViews.SessionForm;
import org.yuanwu.union.CongressViews.SessionStatus;
import org.yuanwu.union.CongressViews.Term;
import org.yuanwu.union.CongressViews.TermForm;
import org.yuanwu.union.internal.congress.CongressFiles;
import org.yuanwu.union.internal.congress.CongressRules;

/**
 * The workers' congress: terms (届) with their delegates elected per unit within the unit's quota; sessions
 * (次会议) convened when a quorum of delegates is present; agenda items with documents, voted on by the
 * delegates present (for / against / abstain, once each) and decided by the configured majority of the delegates
 * present or of all delegates; the resolution record. A session closed publishes {@code union.congress_sessions}
 * at the term's hospital unit. Everyone signed in reads; the union office (UNION_WRITE) manages.
 */
@Service
@Transactional
public class CongressService {

    public static final String TERM_RECORD = "union_congress_term";
    public static final String DELEGATE_RECORD = "union_congress_delegate";
    public static final String SESSION_RECORD = "union_congress_session";
    public static final String ITEM_RECORD = "union_congress_item";
    public static final String FACT_SOURCE = "union.congress_session";

    private final JdbcTemplate jdbc;
    private final OrgUnitService units;
    private final StaffService staff;
    private final ScopeGuard scope;
    private final CongressParticipants participants;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final int staffPerDelegate;
    private final int quorumNumerator;
    private final int quorumDenominator;
    private final int majorityNumerator;
    private final int majorityDenominator;
    private final Set<ItemKind> allDelegatesKinds;

    CongressService(JdbcTemplate jdbc, OrgUnitService units, StaffService staff, ScopeGuard scope,
                    CongressParticipants participants, ApplicationEventPublisher events, MessageSource messages,
                    Optional<Clock> clock,
                    @Value("${yuanwu.union.congress.staff-per-delegate:10}") int staffPerDelegate,
                    @Value("${yuanwu.union.congress.quorum:2/3}") String quorum,
                    @Value("${yuanwu.union.congress.majority:1/2}") String majority,
                    @Value("${yuanwu.union.congress.all-delegates-kinds:MAJOR_MATTER,ELECTION}") List<ItemKind> allDelegatesKinds) {
        this.jdbc = jdbc;
        this.units = units;
        this.staff = staff;
        this.scope = scope;
        this.participants = participants;
        this.events = events;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
        this.staffPerDelegate = staffPerDelegate;
        int[] q = fraction(quorum);
        this.quorumNumerator = q[0];
        this.quorumDenominator = q[1];
        int[] m = fraction(majority);
        this.majorityNumerator = m[0];
        this.majorityDenominator = m[1];
        this.allDelegatesKinds = allDelegatesKinds.isEmpty() ? EnumSet.noneOf(ItemKind.class) : EnumSet.copyOf(allDelegatesKinds);
    }

    private static int[] fraction(String text) {
        String[] parts = text.split("/");
        return new int[]{Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(HospitalTime.ZONE));
    }

    public int defaultStaffPerDelegate() { return staffPerDelegate; }
    public int defaultQuorumNumerator() { return quorumNumerator; }
    public int defaultQuorumDenominator() { return quorumDenominator; }
    public String majorityText() { return majorityNumerator + "/" + majorityDenominator; }

    /** The basis an item of this kind is decided on, per {@code yuanwu.union.congress.all-delegates-kinds}. */
    public MajorityBasis basisFor(ItemKind kind) {
        return allDelegatesKinds.contains(kind) ? MajorityBasis.ALL : MajorityBasis.PRESENT;
    }

    // ------------------------------------------------------------------ terms

    @Transactional(readOnly = true)
    public List<Term> terms() {
        CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        return jdbc.query(TERM_SELECT + " order by t.starts_on desc, t.id desc", (rs, n) -> term(rs, n));
    }

    @Transactional(readOnly = true)
    public Term term(Long id) {
        CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        return loadTerm(id);
    }

    public Term createTerm(TermForm form) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        int[] checked = checkTerm(form, actor);
        Instant now = Instant.now(clock);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into union_congress_term (hospital_unit_id, name, starts_on, ends_on, "
                    + "staff_per_delegate, quorum_numerator, quorum_denominator, created_by, created_at, updated_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[]{"id"});
            ps.setLong(1, form.hospitalUnitId());
            ps.setString(2, form.name().strip());
            ps.setObject(3, form.startsOn());
            ps.setObject(4, form.endsOn());
            ps.setInt(5, checked[0]);
            ps.setInt(6, checked[1]);
            ps.setInt(7, checked[2]);
            ps.setString(8, actor.username());
            ps.setTimestamp(9, Timestamp.from(now));
            ps.setTimestamp(10, Timestamp.from(now));
            return ps;
        }, keys);
        Term t = loadTerm(keys.getKey().longValue());
        events.publishEvent(RecordChanged.created(TERM_RECORD, t.id(), t.name(), termSnapshot(t)));
        return t;
    }

    public Term updateTerm(Long id, TermForm form) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        Term before = loadTerm(id);
        StaleEditException.check(form.version(), before.version());
        int[] checked = checkTerm(form, actor);
        int n = jdbc.update("update union_congress_term set hospital_unit_id = ?, name = ?, starts_on = ?, ends_on = ?, "
                        + "staff_per_delegate = ?, quorum_numerator = ?, quorum_denominator = ?, updated_at = ?, "
                        + "version = version + 1 where id = ? and version = ?",
                form.hospitalUnitId(), form.name().strip(), form.startsOn(), form.endsOn(), checked[0], checked[1],
                checked[2], Timestamp.from(Instant.now(clock)), id, form.version());
        if (n == 0) {
            throw new StaleEditException();
        }
        Term after = loadTerm(id);
        events.publishEvent(RecordChanged.updated(TERM_RECORD, id, after.name(), termSnapshot(before), termSnapshot(after)));
        return after;
    }

    private int[] checkTerm(TermForm form, Actor actor) {
        if (form.name() == null || form.name().isBlank()) {
            throw DomainException.invalid("name", "congress.error.nameRequired");
        }
        if (form.name().strip().length() > 100) {
            throw DomainException.invalid("name", "error.tooLong", 100);
        }
        if (form.startsOn() == null) {
            throw DomainException.invalid("startsOn", "congress.error.startsRequired");
        }
        if (form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            throw DomainException.invalid("endsOn", "congress.error.endsBeforeStarts");
        }
        UnitView unit = units.find(form.hospitalUnitId()).orElseThrow(() ->
                DomainException.invalid("hospitalUnitId", "congress.error.unitRequired"));
        if (!scope.canSee(actor, unit.id(), unit.path())) {
            throw new AccessDeniedProblem();
        }
        int per = form.staffPerDelegate() == null ? staffPerDelegate : form.staffPerDelegate();
        if (per < 1 || per > 1000) {
            throw DomainException.invalid("staffPerDelegate", "congress.error.staffPerDelegateRange");
        }
        int qn = form.quorumNumerator() == null ? quorumNumerator : form.quorumNumerator();
        int qd = form.quorumDenominator() == null ? quorumDenominator : form.quorumDenominator();
        if (qn < 1 || qd < 1 || qn > qd) {
            throw DomainException.invalid("quorumNumerator", "congress.error.quorumRange");
        }
        return new int[]{per, qn, qd};
    }

    private static final String TERM_SELECT = "select t.*, (select count(*) from union_congress_delegate d "
            + "where d.term_id = t.id and d.active) as delegate_count from union_congress_term t";

    private Term term(ResultSet rs, int row) throws SQLException {
        Long unitId = rs.getLong("hospital_unit_id");
        return new Term(rs.getLong("id"), unitId, units.find(unitId).map(UnitView::name).orElse(""),
                rs.getString("name"), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getInt("staff_per_delegate"), rs.getInt("quorum_numerator"), rs.getInt("quorum_denominator"),
                rs.getInt("delegate_count"), rs.getLong("version"));
    }

    Term loadTerm(Long id) {
        return jdbc.query(TERM_SELECT + " where t.id = ?", (rs, n) -> term(rs, n), id).stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("congress.error.termNotFound", id));
    }

    private static Map<String, Object> termSnapshot(Term t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("hospitalUnitId", t.hospitalUnitId());
        m.put("startsOn", t.startsOn());
        m.put("endsOn", t.endsOn());
        m.put("staffPerDelegate", t.staffPerDelegate());
        m.put("quorum", t.quorumNumerator() + "/" + t.quorumDenominator());
        return m;
    }

    // ------------------------------------------------------------------ delegates

    /** Each unit directly below the hospital (or the hospital alone): its active staff, quota and elected delegates. */
    @Transactional(readOnly = true)
    public List<Quota> quotas(Long termId) {
        CurrentActor.require(Permissions.UNION_READ);
        Term t = loadTerm(termId);
        Map<Long, Integer> elected = new HashMap<>();
        jdbc.query("select quota_unit_id, count(*) as n from union_congress_delegate where term_id = ? and active "
                + "group by quota_unit_id", rs -> {
            elected.put(rs.getLong("quota_unit_id"), rs.getInt("n"));
        }, termId);
        List<UnitView> seats = seatUnits(t);
        List<Quota> quotas = new ArrayList<>();
        for (UnitView u : seats) {
            long count = activeStaff(u.id());
            quotas.add(new Quota(u.id(), u.name(), count, CongressRules.quota(count, t.staffPerDelegate()),
                    elected.getOrDefault(u.id(), 0)));
        }
        return quotas;
    }

    private List<UnitView> seatUnits(Term t) {
        List<UnitView> children = units.children(t.hospitalUnitId()).stream().filter(UnitView::active).toList();
        return children.isEmpty() ? List.of(units.find(t.hospitalUnitId()).orElseThrow()) : children;
    }

    private long activeStaff(Long unitId) {
        return staff.search(new StaffFilter(null, unitId, null, StaffStatus.ACTIVE, null, null), PageRequest.of(0, 1))
                .getTotalElements();
    }

    @Transactional(readOnly = true)
    public List<Delegate> delegates(Long termId, boolean activeOnly) {
        CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        loadTerm(termId);
        return jdbc.query("select * from union_congress_delegate where term_id = ?" + (activeOnly ? " and active" : "")
                + " order by quota_unit_id, id", delegateMapper(), termId);
    }

    private org.springframework.jdbc.core.RowMapper<Delegate> delegateMapper() {
        Map<Long, String> unitNames = new HashMap<>();
        return (rs, row) -> {
            Long staffId = rs.getLong("staff_id");
            Optional<StaffView> s = staff.find(staffId);
            Long unitId = rs.getLong("quota_unit_id");
            return new Delegate(rs.getLong("id"), rs.getLong("term_id"), staffId, s.map(StaffView::name).orElse("?"),
                    s.map(StaffView::employeeNo).orElse(""), unitId,
                    unitNames.computeIfAbsent(unitId, k -> units.find(k).map(UnitView::name).orElse("")),
                    rs.getObject("elected_on", LocalDate.class), rs.getBoolean("active"), rs.getString("leave_reason"));
        };
    }

    /** Elects a staff member as delegate of the term for the unit she works in, within that unit's quota. */
    public Delegate elect(Long termId, Election election) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        Term t = loadTerm(termId);
        if (election.staffId() == null) {
            throw DomainException.invalid("staffId", "congress.error.staffRequired");
        }
        StaffView s = staff.find(election.staffId()).orElseThrow(() ->
                DomainException.invalid("staffId", "congress.error.staffUnknown", election.staffId()));
        if (s.status() != StaffStatus.ACTIVE) {
            throw DomainException.invalid("staffId", "congress.error.staffNotActive", s.name());
        }
        LocalDate on = election.electedOn() == null ? today() : election.electedOn();
        if (on.isAfter(today())) {
            throw DomainException.invalid("electedOn", "congress.error.electedFuture");
        }
        UnitView hospital = units.find(t.hospitalUnitId()).orElseThrow();
        UnitView home = units.find(s.unitId()).orElseThrow();
        if (!home.path().startsWith(hospital.path())) {
            throw DomainException.invalid("staffId", "congress.error.staffOutsideHospital", s.name());
        }
        Long quotaUnit = quotaUnitOf(hospital, home, t);
        Integer already = jdbc.queryForObject("select count(*) from union_congress_delegate where term_id = ? and staff_id = ?",
                Integer.class, termId, s.id());
        if (already != null && already > 0) {
            throw DomainException.conflict("congress.error.alreadyDelegate", s.name());
        }
        Quota quota = quotas(termId).stream().filter(q -> q.unitId().equals(quotaUnit)).findFirst().orElseThrow();
        if (quota.full()) {
            throw DomainException.conflict("congress.error.quotaFull", quota.unitName(), String.valueOf(quota.quota()));
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Instant now = Instant.now(clock);
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into union_congress_delegate (term_id, staff_id, quota_unit_id, elected_on, "
                    + "created_by, created_at) values (?, ?, ?, ?, ?, ?)", new String[]{"id"});
            ps.setLong(1, termId);
            ps.setLong(2, s.id());
            ps.setLong(3, quotaUnit);
            ps.setObject(4, on);
            ps.setString(5, actor.username());
            ps.setTimestamp(6, Timestamp.from(now));
            return ps;
        }, keys);
        Delegate d = loadDelegate(keys.getKey().longValue());
        events.publishEvent(RecordChanged.created(DELEGATE_RECORD, d.id(), t.name() + " " + d.name(), delegateSnapshot(d)));
        return d;
    }

    private Long quotaUnitOf(UnitView hospital, UnitView home, Term t) {
        List<UnitView> seats = seatUnits(t);
        for (UnitView seat : seats) {
            if (home.path().startsWith(seat.path())) {
                return seat.id();
            }
        }
        return hospital.id();
    }

    /** A delegate leaves (retired, moved, removed by the congress) with a reason; her record and votes stay. */
    public Delegate leave(Long delegateId, CongressViews.Leave body) {
        CurrentActor.require(Permissions.UNION_WRITE);
        Delegate before = loadDelegate(delegateId);
        if (!before.active()) {
            throw DomainException.conflict("congress.error.delegateGone");
        }
        if (body.reason() == null || body.reason().isBlank()) {
            throw DomainException.invalid("reason", "congress.error.reasonRequired");
        }
        if (body.reason().strip().length() > 500) {
            throw DomainException.invalid("reason", "error.tooLong", 500);
        }
        jdbc.update("update union_congress_delegate set active = false, leave_reason = ? where id = ?",
                body.reason().strip(), delegateId);
        Delegate after = loadDelegate(delegateId);
        events.publishEvent(RecordChanged.of(AuditAction.DEACTIVATE, DELEGATE_RECORD, delegateId, after.name(),
                delegateSnapshot(before), delegateSnapshot(after)));
        return after;
    }

    private Delegate loadDelegate(Long id) {
        return jdbc.query("select * from union_congress_delegate where id = ?", delegateMapper(), id).stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("congress.error.delegateNotFound", id));
    }

    private static Map<String, Object> delegateSnapshot(Delegate d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("termId", d.termId());
        m.put("staffId", d.staffId());
        m.put("quotaUnitId", d.quotaUnitId());
        m.put("electedOn", d.electedOn());
        m.put("active", d.active());
        m.put("leaveReason", d.leaveReason());
        return m;
    }

    @Transactional(readOnly = true)
    public byte[] exportDelegates(Long termId, Locale locale) {
        List<Delegate> list = delegates(termId, false);
        List<String> headers = new ArrayList<>();
        for (String k : List.of("employeeNo", "name", "unit", "electedOn", "active", "leaveReason")) {
            headers.add(text("congress.delegate." + k, locale));
        }
        List<List<?>> rows = new ArrayList<>();
        for (Delegate d : list) {
            rows.add(Arrays.asList(d.employeeNo(), d.name(), d.quotaUnitName(), d.electedOn(),
                    text(d.active() ? "common.yes" : "common.no", locale), d.leaveReason()));
        }
        return ExcelSheet.write(text("congress.delegates.title", locale), headers, rows);
    }

    // ------------------------------------------------------------------ sessions

    @Transactional(readOnly = true)
    public List<Session> sessions(Long termId) {
        CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        Term t = loadTerm(termId);
        return jdbc.query("select * from union_congress_session where term_id = ? order by number",
                (rs, row) -> session(rs, t), termId);
    }

    /** Every session of every term, newest first (for pickers). */
    @Transactional(readOnly = true)
    public List<Session> allSessions() {
        CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        Map<Long, Term> terms = new HashMap<>();
        return jdbc.query("select * from union_congress_session order by held_on desc, id desc",
                (rs, row) -> session(rs, terms.computeIfAbsent(rs.getLong("term_id"), this::loadTerm)));
    }

    @Transactional(readOnly = true)
    public Session session(Long id) {
        CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        return loadSession(id);
    }

    Session loadSession(Long id) {
        List<Long> termIds = jdbc.queryForList("select term_id from union_congress_session where id = ?", Long.class, id);
        if (termIds.isEmpty()) {
            throw DomainException.notFound("congress.error.sessionNotFound", id);
        }
        Term t = loadTerm(termIds.get(0));
        return jdbc.query("select * from union_congress_session where id = ?", (rs, row) -> session(rs, t), id).get(0);
    }

    private Session session(ResultSet rs, Term t) throws SQLException {
        long id = rs.getLong("id");
        Integer present = jdbc.queryForObject("select count(*) from union_congress_attendance a join union_congress_delegate d "
                + "on d.id = a.delegate_id where a.session_id = ?", Integer.class, id);
        int p = present == null ? 0 : present;
        return new Session(id, t.id(), t.name(), rs.getInt("number"), rs.getString("title"),
                rs.getObject("held_on", LocalDate.class), rs.getString("place"),
                SessionStatus.valueOf(rs.getString("status")), t.delegates(), p,
                CongressRules.quorumNeeded(t.delegates(), t.quorumNumerator(), t.quorumDenominator()),
                CongressRules.quorate(p, t.delegates(), t.quorumNumerator(), t.quorumDenominator()),
                rs.getLong("version"));
    }

    public Session createSession(Long termId, SessionForm form) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        Term t = loadTerm(termId);
        checkSession(form);
        Integer last = jdbc.queryForObject("select coalesce(max(number), 0) from union_congress_session where term_id = ?",
                Integer.class, termId);
        int number = (last == null ? 0 : last) + 1;
        Instant now = Instant.now(clock);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into union_congress_session (term_id, number, title, held_on, place, status, "
                    + "created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[]{"id"});
            ps.setLong(1, termId);
            ps.setInt(2, number);
            ps.setString(3, form.title().strip());
            ps.setObject(4, form.heldOn());
            ps.setString(5, form.place() == null || form.place().isBlank() ? null : form.place().strip());
            ps.setString(6, SessionStatus.PLANNED.name());
            ps.setString(7, actor.username());
            ps.setTimestamp(8, Timestamp.from(now));
            ps.setTimestamp(9, Timestamp.from(now));
            return ps;
        }, keys);
        Session s = loadSession(keys.getKey().longValue());
        events.publishEvent(RecordChanged.created(SESSION_RECORD, s.id(), t.name() + " " + s.title(), sessionSnapshot(s)));
        return s;
    }

    private void checkSession(SessionForm form) {
        if (form.title() == null || form.title().isBlank()) {
            throw DomainException.invalid("title", "congress.error.titleRequired");
        }
        if (form.title().strip().length() > 200) {
            throw DomainException.invalid("title", "error.tooLong", 200);
        }
        if (form.heldOn() == null) {
            throw DomainException.invalid("heldOn", "congress.error.heldOnRequired");
        }
        if (form.place() != null && form.place().strip().length() > 200) {
            throw DomainException.invalid("place", "error.tooLong", 200);
        }
    }

    /** Records who is present (replacing the list), before the session is convened. */
    public Session recordAttendance(Long sessionId, Attendance attendance) {
        CurrentActor.require(Permissions.UNION_WRITE);
        Session before = loadSession(sessionId);
        StaleEditException.check(attendance.version(), before.version());
        if (before.status() != SessionStatus.PLANNED) {
            throw DomainException.conflict("congress.error.attendanceFrozen");
        }
        Set<Long> ids = new LinkedHashSet<>(attendance.delegateIds() == null ? List.of() : attendance.delegateIds());
        Set<Long> valid = new java.util.HashSet<>(jdbc.queryForList(
                "select id from union_congress_delegate where term_id = ? and active", Long.class, before.termId()));
        for (Long id : ids) {
            if (!valid.contains(id)) {
                throw DomainException.invalid("delegateIds", "congress.error.notDelegateOfTerm", id);
            }
        }
        jdbc.update("delete from union_congress_attendance where session_id = ?", sessionId);
        for (Long id : ids) {
            jdbc.update("insert into union_congress_attendance (session_id, delegate_id) values (?, ?)", sessionId, id);
        }
        bump(sessionId, before.version());
        Session after = loadSession(sessionId);
        Map<String, Object> b = sessionSnapshot(before);
        Map<String, Object> a = sessionSnapshot(after);
        a.put("presentDelegateIds", ids);
        events.publishEvent(RecordChanged.updated(SESSION_RECORD, sessionId, after.title(), b, a));
        return after;
    }

    /** Opens the session for voting: only with a quorum present. */
    public Session convene(Long sessionId, Long version) {
        CurrentActor.require(Permissions.UNION_WRITE);
        Session before = loadSession(sessionId);
        StaleEditException.check(version, before.version());
        if (before.status() != SessionStatus.PLANNED) {
            throw DomainException.conflict("congress.error.notPlanned");
        }
        if (!before.quorate()) {
            throw DomainException.conflict("congress.error.noQuorum", String.valueOf(before.present()),
                    String.valueOf(before.quorumNeeded()), String.valueOf(before.delegates()));
        }
        return step(before, SessionStatus.CONVENED);
    }

    /** Closes a convened session once every item is decided; it then counts as held. */
    public Session close(Long sessionId, Long version) {
        CurrentActor.require(Permissions.UNION_WRITE);
        Session before = loadSession(sessionId);
        StaleEditException.check(version, before.version());
        if (before.status() != SessionStatus.CONVENED) {
            throw DomainException.conflict("congress.error.notConvened");
        }
        Integer open = jdbc.queryForObject("select count(*) from union_congress_item where session_id = ? and status = ?",
                Integer.class, sessionId, ItemStatus.OPEN.name());
        if (open != null && open > 0) {
            throw DomainException.conflict("congress.error.itemsOpen", String.valueOf(open));
        }
        Session after = step(before, SessionStatus.CLOSED);
        Term t = loadTerm(after.termId());
        events.publishEvent(new FactsRecorded(FACT_SOURCE, String.valueOf(sessionId),
                List.of(Fact.of("union.congress_sessions", t.hospitalUnitId(), after.heldOn(), 1))));
        return after;
    }

    private Session step(Session before, SessionStatus status) {
        jdbc.update("update union_congress_session set status = ?, updated_at = ?, version = version + 1 where id = ? and version = ?",
                status.name(), Timestamp.from(Instant.now(clock)), before.id(), before.version());
        Session after = loadSession(before.id());
        events.publishEvent(RecordChanged.updated(SESSION_RECORD, before.id(), after.title(), sessionSnapshot(before),
                sessionSnapshot(after)));
        return after;
    }

    private void bump(Long sessionId, long version) {
        int n = jdbc.update("update union_congress_session set updated_at = ?, version = version + 1 where id = ? and version = ?",
                Timestamp.from(Instant.now(clock)), sessionId, version);
        if (n == 0) {
            throw new StaleEditException();
        }
    }

    private static Map<String, Object> sessionSnapshot(Session s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("termId", s.termId());
        m.put("number", s.number());
        m.put("title", s.title());
        m.put("heldOn", s.heldOn());
        m.put("place", s.place());
        m.put("status", s.status());
        m.put("present", s.present());
        return m;
    }

    @Transactional(readOnly = true)
    public List<Long> presentDelegateIds(Long sessionId) {
        CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        return jdbc.queryForList("select delegate_id from union_congress_attendance where session_id = ?", Long.class, sessionId);
    }

    /** Where the caller stands in the session: delegate or not, present or not, which items she voted on. */
    @Transactional(readOnly = true)
    public MyStanding standing(Long sessionId) {
        Actor actor = CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        Session s = loadSession(sessionId);
        Optional<Long> delegate = participants.delegateId(actor, s.termId());
        if (delegate.isEmpty()) {
            return new MyStanding(null, false, List.of());
        }
        Integer present = jdbc.queryForObject("select count(*) from union_congress_attendance where session_id = ? and delegate_id = ?",
                Integer.class, sessionId, delegate.get());
        List<Long> voted = jdbc.queryForList("select v.item_id from union_congress_vote v join union_congress_item i on i.id = v.item_id "
                + "where i.session_id = ? and v.delegate_id = ?", Long.class, sessionId, delegate.get());
        return new MyStanding(delegate.get(), present != null && present > 0, voted);
    }

    // ------------------------------------------------------------------ agenda items, documents, votes

    @Transactional(readOnly = true)
    public List<Item> items(Long sessionId) {
        CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        loadSession(sessionId);
        return jdbc.query("select * from union_congress_item where session_id = ? order by sort_order, id", (rs, n) -> item(rs, n), sessionId);
    }

    private Item item(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        ItemStatus status = ItemStatus.valueOf(rs.getString("status"));
        int f;
        int a;
        int ab;
        if (status == ItemStatus.DECIDED) {
            f = rs.getInt("votes_for");
            a = rs.getInt("votes_against");
            ab = rs.getInt("votes_abstain");
        } else {
            Map<String, Integer> counts = voteCounts(id);
            f = counts.getOrDefault("FOR", 0);
            a = counts.getOrDefault("AGAINST", 0);
            ab = counts.getOrDefault("ABSTAIN", 0);
        }
        List<Document> docs = jdbc.query("select id, file_name, content_type, size_bytes from union_congress_document "
                        + "where item_id = ? order by id",
                (d, n) -> new Document(d.getLong("id"), d.getString("file_name"), d.getString("content_type"),
                        d.getLong("size_bytes")), id);
        Integer base = (Integer) rs.getObject("base_count");
        Boolean passed = (Boolean) rs.getObject("passed");
        return new Item(id, rs.getLong("session_id"), rs.getInt("sort_order"), rs.getString("title"),
                rs.getString("description"), ItemKind.valueOf(rs.getString("kind")),
                MajorityBasis.valueOf(rs.getString("majority_basis")), status, f, a, ab, base, passed, docs,
                rs.getLong("version"));
    }

    private Map<String, Integer> voteCounts(long itemId) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("select choice, count(*) as n from union_congress_vote where item_id = ? group by choice",
                rs -> { counts.put(rs.getString("choice"), rs.getInt("n")); }, itemId);
        return counts;
    }

    private Item loadItem(Long id) {
        return jdbc.query("select * from union_congress_item where id = ?", (rs, n) -> item(rs, n), id).stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("congress.error.itemNotFound", id));
    }

    public Item addItem(Long sessionId, ItemForm form) {
        CurrentActor.require(Permissions.UNION_WRITE);
        Session s = loadSession(sessionId);
        if (s.status() == SessionStatus.CLOSED) {
            throw DomainException.conflict("congress.error.sessionClosed");
        }
        if (form.title() == null || form.title().isBlank()) {
            throw DomainException.invalid("title", "congress.error.titleRequired");
        }
        if (form.title().strip().length() > 200) {
            throw DomainException.invalid("title", "error.tooLong", 200);
        }
        if (form.description() != null && form.description().strip().length() > 4000) {
            throw DomainException.invalid("description", "error.tooLong", 4000);
        }
        ItemKind kind = form.kind() == null ? ItemKind.OTHER : form.kind();
        MajorityBasis basis = form.majorityBasis() == null ? basisFor(kind) : form.majorityBasis();
        Integer last = jdbc.queryForObject("select coalesce(max(sort_order), 0) from union_congress_item where session_id = ?",
                Integer.class, sessionId);
        Instant now = Instant.now(clock);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into union_congress_item (session_id, sort_order, title, description, kind, "
                    + "majority_basis, status, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[]{"id"});
            ps.setLong(1, sessionId);
            ps.setInt(2, (last == null ? 0 : last) + 1);
            ps.setString(3, form.title().strip());
            ps.setString(4, form.description() == null || form.description().isBlank() ? null : form.description().strip());
            ps.setString(5, kind.name());
            ps.setString(6, basis.name());
            ps.setString(7, ItemStatus.OPEN.name());
            ps.setTimestamp(8, Timestamp.from(now));
            ps.setTimestamp(9, Timestamp.from(now));
            return ps;
        }, keys);
        Item item = loadItem(keys.getKey().longValue());
        events.publishEvent(RecordChanged.created(ITEM_RECORD, item.id(), item.title(), itemSnapshot(item)));
        return item;
    }

    /** Attaches a document to an item: PDF, image, Word or Excel, judged by content, at most 10 MB. */
    public Document upload(Long itemId, String fileName, byte[] content) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        Item item = loadItem(itemId);
        if (content == null || content.length == 0) {
            throw DomainException.invalid("file", "congress.error.fileEmpty");
        }
        if (content.length > CongressFiles.MAX_BYTES) {
            throw DomainException.invalid("file", "congress.error.fileTooLarge", "10");
        }
        String type = CongressFiles.contentType(content);
        if (type == null) {
            throw DomainException.invalid("file", "congress.error.fileType");
        }
        String name = CongressFiles.safeName(fileName);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into union_congress_document (item_id, file_name, content_type, size_bytes, "
                    + "content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?)", new String[]{"id"});
            ps.setLong(1, itemId);
            ps.setString(2, name);
            ps.setString(3, type);
            ps.setLong(4, content.length);
            ps.setBytes(5, content);
            ps.setString(6, actor.username());
            ps.setTimestamp(7, Timestamp.from(Instant.now(clock)));
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("itemId", itemId);
        after.put("fileName", name);
        after.put("contentType", type);
        after.put("sizeBytes", content.length);
        events.publishEvent(RecordChanged.created("union_congress_document", id, item.title() + " " + name, after));
        return new Document(id, name, type, content.length);
    }

    @Transactional(readOnly = true)
    public DocumentFile document(Long documentId) {
        CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        return jdbc.query("select file_name, content_type, content from union_congress_document where id = ?",
                        (rs, n) -> new DocumentFile(rs.getString(1), rs.getString(2), rs.getBytes(3)), documentId)
                .stream().findFirst().orElseThrow(() -> DomainException.notFound("congress.error.documentNotFound", documentId));
    }

    /** A delegate present at the convened session votes on an open item, once. */
    public Item vote(Long itemId, Ballot ballot) {
        Actor actor = CurrentActor.require(Permissions.CONGRESS_PARTICIPATE);
        Item item = loadItem(itemId);
        Session s = loadSession(item.sessionId());
        if (ballot == null || ballot.choice() == null) {
            throw DomainException.invalid("choice", "congress.error.choiceRequired");
        }
        Long delegate = participants.delegateId(actor, s.termId()).orElseThrow(() ->
                new DomainException(HttpStatus.FORBIDDEN, null, "congress.error.notDelegate"));
        Integer present = jdbc.queryForObject("select count(*) from union_congress_attendance where session_id = ? and delegate_id = ?",
                Integer.class, s.id(), delegate);
        if (present == null || present == 0) {
            throw new DomainException(HttpStatus.FORBIDDEN, null, "congress.error.notPresent");
        }
        if (s.status() != SessionStatus.CONVENED) {
            throw DomainException.conflict("congress.error.notConvened");
        }
        if (item.status() != ItemStatus.OPEN) {
            throw DomainException.conflict("congress.error.itemDecided");
        }
        Integer voted = jdbc.queryForObject("select count(*) from union_congress_vote where item_id = ? and delegate_id = ?",
                Integer.class, itemId, delegate);
        if (voted != null && voted > 0) {
            throw DomainException.conflict("congress.error.votedTwice");
        }
        try {
            jdbc.update("insert into union_congress_vote (item_id, delegate_id, choice) values (?, ?, ?)",
                    itemId, delegate, ballot.choice().name());
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("congress.error.votedTwice");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("itemId", itemId);
        after.put("delegateId", delegate);
        after.put("choice", ballot.choice());
        events.publishEvent(RecordChanged.created("union_congress_vote", itemId + "-" + delegate, item.title(), after));
        return loadItem(itemId);
    }

    /** Ends the vote on an item and records its result by the item's majority rule. */
    public Item decide(Long itemId, Long version) {
        CurrentActor.require(Permissions.UNION_WRITE);
        Item before = loadItem(itemId);
        StaleEditException.check(version, before.version());
        Session s = loadSession(before.sessionId());
        if (s.status() != SessionStatus.CONVENED) {
            throw DomainException.conflict("congress.error.notConvened");
        }
        if (before.status() != ItemStatus.OPEN) {
            throw DomainException.conflict("congress.error.itemDecided");
        }
        int base = before.majorityBasis() == MajorityBasis.ALL ? s.delegates() : s.present();
        boolean passed = CongressRules.passes(before.votesFor(), base, majorityNumerator, majorityDenominator);
        int n = jdbc.update("update union_congress_item set status = ?, votes_for = ?, votes_against = ?, votes_abstain = ?, "
                        + "base_count = ?, passed = ?, updated_at = ?, version = version + 1 where id = ? and version = ?",
                ItemStatus.DECIDED.name(), before.votesFor(), before.votesAgainst(), before.votesAbstain(), base, passed,
                Timestamp.from(Instant.now(clock)), itemId, version);
        if (n == 0) {
            throw new StaleEditException();
        }
        Item after = loadItem(itemId);
        events.publishEvent(RecordChanged.updated(ITEM_RECORD, itemId, after.title(), itemSnapshot(before), itemSnapshot(after)));
        return after;
    }

    private static Map<String, Object> itemSnapshot(Item i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sessionId", i.sessionId());
        m.put("title", i.title());
        m.put("kind", i.kind());
        m.put("majorityBasis", i.majorityBasis());
        m.put("status", i.status());
        m.put("votesFor", i.votesFor());
        m.put("votesAgainst", i.votesAgainst());
        m.put("votesAbstain", i.votesAbstain());
        m.put("baseCount", i.baseCount());
        m.put("passed", i.passed());
        return m;
    }

    @Transactional(readOnly = true)
    public Resolution resolution(Long sessionId) {
        Session s = session(sessionId);
        Set<Long> present = new java.util.HashSet<>(presentDelegateIds(sessionId));
        List<Delegate> attending = delegates(s.termId(), false).stream().filter(d -> present.contains(d.id())).toList();
        return new Resolution(s, items(sessionId), attending);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
