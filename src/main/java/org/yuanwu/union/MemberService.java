package org.yuanwu.union;

import jakarta.persistence.criteria.Predicate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ScopeGuard;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;
import org.yuanwu.union.internal.members.Member;
import org.yuanwu.union.internal.members.MemberEvent;
import org.yuanwu.union.internal.members.MemberEventRepository;
import org.yuanwu.union.internal.members.MemberRepository;

/**
 * Union membership: staff join (once: a second active membership is refused), move between units
 * (each move kept as history), leave or retire. Seen by UNION_READ users for the units in their
 * scope, changed by UNION_WRITE users. Coverage is active members over active staff per unit.
 */
@Service
@Transactional
public class MemberService {

    public static final String RECORD_TYPE = "union_member";
    public static final int EXPORT_LIMIT = 50_000;
    static final List<String> IMPORT_COLUMNS = List.of("employeeNo", "joinedOn", "cardNo", "application");

    private final MemberRepository members;
    private final MemberEventRepository history;
    private final StaffService staff;
    private final OrgUnitService units;
    private final ScopeGuard scope;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    MemberService(MemberRepository members, MemberEventRepository history, StaffService staff, OrgUnitService units,
                  ScopeGuard scope, ApplicationEventPublisher events, MessageSource messages, Optional<Clock> clock) {
        this.members = members;
        this.history = history;
        this.staff = staff;
        this.units = units;
        this.scope = scope;
        this.events = events;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(HospitalTime.ZONE));
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public Page<MemberView> search(MemberFilter filter, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.UNION_READ);
        Map<Long, String> names = new HashMap<>();
        return members.findAll(spec(actor, filter == null ? MemberFilter.none() : filter), pageable)
                .map(m -> view(m, names));
    }

    @Transactional(readOnly = true)
    public MemberView get(Long id) {
        Member m = load(id);
        readable(m);
        return view(m, new HashMap<>());
    }

    @Transactional(readOnly = true)
    public List<MemberEventView> history(Long id) {
        readable(load(id));
        Map<Long, String> names = new HashMap<>();
        return history.findByMemberIdOrderByHappenedOnAscIdAsc(id).stream()
                .map(e -> new MemberEventView(e.id, e.kind, e.happenedOn, unitName(e.fromUnitId, names),
                        unitName(e.toUnitId, names), e.note, e.recordedBy, e.recordedAt)).toList();
    }

    /** Active members in the caller's scope (for pickers and batch work), by unit and employee number. */
    @Transactional(readOnly = true)
    public List<MemberView> activeMembers(Long unitId) {
        Actor actor = CurrentActor.require(Permissions.UNION_READ);
        Collection<Long> visible = scope.visibleUnitIds(actor);
        List<Member> found = unitId != null ? members.findByStatusAndUnitIdInOrderByUnitIdAscEmployeeNoAsc(
                MemberStatus.ACTIVE, units.subtreeIds(unitId))
                : visible == null ? members.findByStatusOrderByUnitIdAscEmployeeNoAsc(MemberStatus.ACTIVE)
                : members.findByStatusAndUnitIdInOrderByUnitIdAscEmployeeNoAsc(MemberStatus.ACTIVE, visible);
        Map<Long, String> names = new HashMap<>();
        return found.stream().filter(m -> visible == null || visible.contains(m.unitId)).map(m -> view(m, names)).toList();
    }

    /** Per visible unit: active staff, active members, and coverage in percent (one decimal). */
    @Transactional(readOnly = true)
    public List<MemberCoverage> coverage() {
        CurrentActor.require(Permissions.UNION_READ);
        Map<Long, Long> staffCount = new HashMap<>();
        for (StaffView s : staff.export(new StaffFilter(null, null, null, StaffStatus.ACTIVE, null, null))) {
            staffCount.merge(s.unitId(), 1L, Long::sum);
        }
        Map<Long, Long> memberCount = new HashMap<>();
        for (Object[] row : members.countActiveByUnit()) {
            memberCount.put((Long) row[0], ((Number) row[1]).longValue());
        }
        List<MemberCoverage> result = new ArrayList<>();
        for (UnitView u : units.allVisible(true)) {
            long s = staffCount.getOrDefault(u.id(), 0L);
            long m = memberCount.getOrDefault(u.id(), 0L);
            if (s == 0 && m == 0) {
                continue;
            }
            result.add(new MemberCoverage(u.id(), u.name(), u.depth(), s, m, rate(m, s)));
        }
        return result;
    }

    /** Coverage in percent with one decimal; null when there is no staff to cover. */
    public static BigDecimal rate(long members, long staff) {
        return staff == 0 ? null : BigDecimal.valueOf(members * 100L).divide(BigDecimal.valueOf(staff), 1, RoundingMode.HALF_UP);
    }

    @Transactional(readOnly = true)
    public byte[] export(MemberFilter filter, Locale locale) {
        List<MemberView> found = search(filter, PageRequest.of(0, EXPORT_LIMIT, Sort.by("unitId", "employeeNo"))).getContent();
        List<List<?>> rows = new ArrayList<>();
        for (MemberView v : found) {
            rows.add(Arrays.asList(v.cardNo(), v.employeeNo(), v.name(), v.unitName(),
                    v.employmentType() == null ? null : v.employmentType().zh(), v.joinedOn(),
                    text("member.status." + v.status(), locale), v.endedOn(), v.endReason()));
        }
        List<String> headers = new ArrayList<>();
        for (String k : List.of("cardNo", "employeeNo", "name", "unit", "employmentType", "joinedOn", "status",
                "endedOn", "endReason")) {
            headers.add(text("member.field." + k, locale));
        }
        return ExcelSheet.write(text("member.export.sheet", locale), headers, rows);
    }

    /** The empty workbook to fill in for an import, with one example row. */
    public byte[] importTemplate(Locale locale) {
        List<String> headers = IMPORT_COLUMNS.stream().map(k -> text("member.field." + k, locale)).toList();
        return ExcelSheet.write(text("member.import.sheet", locale), headers,
                List.of(Arrays.asList("N0001", today().toString(), "", text("member.import.exampleApplication", locale))));
    }

    // ---------------------------------------------------------------- changing

    public MemberView join(MemberForm form) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        return joinChecked(form, actor);
    }

    private MemberView joinChecked(MemberForm form, Actor actor) {
        if (form.getStaffId() == null && form.getEmployeeNo() != null) {
            form.setStaffId(staffIdFor(form.getEmployeeNo()));
        }
        if (form.getStaffId() == null) {
            throw DomainException.invalid("employeeNo", "member.error.staffRequired");
        }
        StaffView s = staff.find(form.getStaffId())
                .orElseThrow(() -> DomainException.invalid("employeeNo", "member.error.staffRequired"));
        if (!scope.canSee(actor, s.unitId())) {
            throw new AccessDeniedProblem();
        }
        if (s.status() != StaffStatus.ACTIVE) {
            throw DomainException.invalid("employeeNo", "member.error.staffNotActive");
        }
        if (members.existsByStaffIdAndStatusNot(s.id(), MemberStatus.LEFT)) {
            throw new DomainException(org.springframework.http.HttpStatus.CONFLICT, "employeeNo",
                    "member.error.alreadyMember", s.name());
        }
        if (form.getJoinedOn() == null) {
            throw DomainException.invalid("joinedOn", "member.error.joinedOnRequired");
        }
        if (form.getJoinedOn().isAfter(today())) {
            throw DomainException.invalid("joinedOn", "member.error.dateInFuture");
        }
        if (form.getCardNo() != null) {
            if (form.getCardNo().length() > 32) {
                throw DomainException.invalid("cardNo", "error.tooLong", 32);
            }
            if (members.existsByCardNo(form.getCardNo())) {
                throw DomainException.invalid("cardNo", "member.error.cardTaken", form.getCardNo());
            }
        }
        if (form.getApplication() != null && form.getApplication().length() > 2000) {
            throw DomainException.invalid("application", "error.tooLong", 2000);
        }
        Instant now = Instant.now(clock);
        Member m = new Member();
        m.staffId = s.id();
        m.employeeNo = s.employeeNo();
        m.name = s.name();
        m.unitId = s.unitId();
        m.employmentType = s.employmentType();
        // a provisional unique number until the id is known, for a generated card number
        m.cardNo = form.getCardNo() != null ? form.getCardNo() : "TMP-" + java.util.UUID.randomUUID().toString().substring(0, 20);
        m.joinedOn = form.getJoinedOn();
        m.application = form.getApplication();
        m.status = MemberStatus.ACTIVE;
        m.createdBy = actor.username();
        m.createdAt = now;
        m.updatedAt = now;
        members.saveAndFlush(m);
        if (form.getCardNo() == null) {
            m.cardNo = String.format("GH%d%05d", m.joinedOn.getYear(), m.id);
        }
        event(m, MemberEventKind.JOIN, m.joinedOn, null, m.unitId, null, actor, now);
        members.saveAndFlush(m);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, m.id, summary(m), snapshot(m)));
        return view(m, new HashMap<>());
    }

    public MemberView transfer(Long id, MemberSteps.Transfer body) {
        Member m = load(id);
        Actor actor = writable(m);
        StaleEditException.check(body.version(), m.version);
        requireActive(m);
        UnitView to = units.find(body.toUnitId())
                .orElseThrow(() -> DomainException.invalid("toUnitId", "member.error.unitRequired"));
        if (!scope.canSee(actor, to.id())) {
            throw new AccessDeniedProblem();
        }
        if (to.id().equals(m.unitId)) {
            throw DomainException.invalid("toUnitId", "member.error.sameUnit");
        }
        LocalDate on = stepDate(body.on(), m);
        String note = trimmed(body.note(), "note", 500);
        Map<String, Object> before = snapshot(m);
        Instant now = Instant.now(clock);
        event(m, MemberEventKind.TRANSFER, on, m.unitId, to.id(), note, actor, now);
        m.unitId = to.id();
        m.updatedAt = now;
        members.saveAndFlush(m);
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, m.id, summary(m), before, snapshot(m)));
        return view(m, new HashMap<>());
    }

    public MemberView leave(Long id, MemberSteps.Ending body) {
        String reason = trimmed(body.reason(), "reason", 500);
        if (reason == null) {
            throw DomainException.invalid("reason", "member.error.reasonRequired");
        }
        return end(id, body, MemberStatus.LEFT, MemberEventKind.LEAVE, reason);
    }

    public MemberView retire(Long id, MemberSteps.Ending body) {
        return end(id, body, MemberStatus.RETIRED, MemberEventKind.RETIRE, trimmed(body.reason(), "reason", 500));
    }

    private MemberView end(Long id, MemberSteps.Ending body, MemberStatus status, MemberEventKind kind, String reason) {
        Member m = load(id);
        Actor actor = writable(m);
        StaleEditException.check(body.version(), m.version);
        requireActive(m);
        LocalDate on = stepDate(body.on(), m);
        Map<String, Object> before = snapshot(m);
        Instant now = Instant.now(clock);
        event(m, kind, on, m.unitId, null, reason, actor, now);
        m.status = status;
        m.endedOn = on;
        m.endReason = reason;
        m.updatedAt = now;
        members.saveAndFlush(m);
        events.publishEvent(RecordChanged.of(AuditAction.DEACTIVATE, RECORD_TYPE, m.id, summary(m), before, snapshot(m)));
        return view(m, new HashMap<>());
    }

    /** Joins the members listed in a workbook; each refused row is reported with its reason and nothing written for it. */
    public MemberImportReport importWorkbook(byte[] content, Locale locale) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        List<MemberImportReport.RowProblem> problems = new ArrayList<>();
        int rows = 0;
        int joined = 0;
        DataFormatter format = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || format.formatCellValue(row.getCell(0)).isBlank()) {
                    continue;
                }
                rows++;
                String employeeNo = format.formatCellValue(row.getCell(0)).strip();
                try {
                    MemberForm form = new MemberForm();
                    form.setEmployeeNo(employeeNo);
                    form.setJoinedOn(dateCell(row.getCell(1), format));
                    form.setCardNo(format.formatCellValue(row.getCell(2)));
                    form.setApplication(format.formatCellValue(row.getCell(3)));
                    joinChecked(form, actor);
                    joined++;
                } catch (DomainException e) {
                    if (e instanceof AccessDeniedProblem) {
                        problems.add(new MemberImportReport.RowProblem(r + 1, employeeNo, text("error.forbidden", locale)));
                    } else {
                        problems.add(new MemberImportReport.RowProblem(r + 1, employeeNo,
                                messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale)));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw DomainException.invalid("file", "member.error.unreadableWorkbook");
        }
        return new MemberImportReport(rows, joined, problems);
    }

    private Long staffIdFor(String employeeNo) {
        return staff.search(new StaffFilter(employeeNo, null, null, null, null, null), PageRequest.of(0, 20))
                .getContent().stream().filter(s -> s.employeeNo().equals(employeeNo)).map(StaffView::id).findFirst()
                .orElseThrow(() -> DomainException.invalid("employeeNo", "member.error.noSuchEmployee", employeeNo));
    }

    private static LocalDate dateCell(Cell cell, DataFormatter format) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String s = format.formatCellValue(cell).strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s.replace('/', '-'));
        } catch (java.time.format.DateTimeParseException e) {
            throw DomainException.invalid("joinedOn", "member.error.badDate", s);
        }
    }

    // ---------------------------------------------------------------- for the other services of this part

    Member activeMember(Long id) {
        Member m = load(id);
        requireActive(m);
        return m;
    }

    Member loadVisible(Long id) {
        Member m = load(id);
        readable(m);
        return m;
    }

    boolean covers(Actor actor, Long unitId) {
        return scope.canSee(actor, unitId);
    }

    Collection<Long> visibleUnitIds(Actor actor) {
        return scope.visibleUnitIds(actor);
    }

    String unitName(Long unitId, Map<Long, String> cache) {
        if (unitId == null) {
            return null;
        }
        return cache.computeIfAbsent(unitId, k -> units.find(k).map(UnitView::name).orElse("#" + k));
    }

    List<Long> subtreeIds(Long unitId) {
        return units.subtreeIds(unitId);
    }

    // ---------------------------------------------------------------- helpers

    private void event(Member m, MemberEventKind kind, LocalDate on, Long from, Long to, String note, Actor actor,
                       Instant now) {
        MemberEvent e = new MemberEvent();
        e.memberId = m.id;
        e.kind = kind;
        e.happenedOn = on;
        e.fromUnitId = from;
        e.toUnitId = to;
        e.note = note;
        e.recordedBy = actor.username();
        e.recordedAt = now;
        history.save(e);
    }

    private LocalDate stepDate(LocalDate on, Member m) {
        LocalDate d = on == null ? today() : on;
        if (d.isAfter(today())) {
            throw DomainException.invalid("on", "member.error.dateInFuture");
        }
        if (d.isBefore(m.joinedOn)) {
            throw DomainException.invalid("on", "member.error.beforeJoining");
        }
        return d;
    }

    private static String trimmed(String s, String field, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (s.strip().length() > max) {
            throw DomainException.invalid(field, "error.tooLong", max);
        }
        return s.strip();
    }

    private void requireActive(Member m) {
        if (m.status != MemberStatus.ACTIVE) {
            throw DomainException.conflict("member.error.notActive");
        }
    }

    private Member load(Long id) {
        return members.findById(id).orElseThrow(() -> DomainException.notFound("member.error.notFound", id));
    }

    private Actor readable(Member m) {
        Actor actor = CurrentActor.require(Permissions.UNION_READ);
        if (!scope.canSee(actor, m.unitId)) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    private Actor writable(Member m) {
        Actor actor = CurrentActor.require(Permissions.UNION_WRITE);
        if (!scope.canSee(actor, m.unitId)) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    private Specification<Member> spec(Actor actor, MemberFilter f) {
        Collection<Long> visible = scope.visibleUnitIds(actor);
        List<Long> subtree = f.unitId() == null ? null : units.subtreeIds(f.unitId());
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (visible != null) {
                p.add(visible.isEmpty() ? cb.disjunction() : root.get("unitId").in(visible));
            }
            if (subtree != null) {
                p.add(subtree.isEmpty() ? cb.disjunction() : root.get("unitId").in(subtree));
            }
            if (f.employmentType() != null) {
                p.add(cb.equal(root.get("employmentType"), f.employmentType()));
            }
            if (f.status() != null) {
                p.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.q() != null && !f.q().isBlank()) {
                String like = "%" + f.q().strip().toLowerCase(Locale.ROOT) + "%";
                p.add(cb.or(cb.like(cb.lower(root.get("name")), like), cb.like(cb.lower(root.get("employeeNo")), like),
                        cb.like(cb.lower(root.get("cardNo")), like)));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    MemberView view(Member m, Map<Long, String> names) {
        return new MemberView(m.id, m.staffId, m.employeeNo, m.name, m.unitId, unitName(m.unitId, names),
                m.employmentType, m.cardNo, m.joinedOn, m.application, m.status, m.endedOn, m.endReason, m.version);
    }

    private static String summary(Member m) {
        return m.cardNo + " " + m.name;
    }

    private static Map<String, Object> snapshot(Member m) {
        return UnionRecords.snapshot("staffId", m.staffId, "name", m.name, "unitId", m.unitId, "cardNo", m.cardNo,
                "joinedOn", m.joinedOn, "status", m.status, "endedOn", m.endedOn, "endReason", m.endReason);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
