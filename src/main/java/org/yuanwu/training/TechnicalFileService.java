package org.yuanwu.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.training.internal.file.CreditRules;

/**
 * The personal technical file (技术档案): everything a staff member did in training, read from the courses,
 * exams and skill assessments of this module plus the credit entries, and the list of a unit's staff with their
 * credits against the requirement. A person always sees her own file; others need TRAINING_READ over her unit.
 */
@Service
@Transactional(readOnly = true)
public class TechnicalFileService {

    public static final int MAX_STAFF = 50_000;

    private final CreditService credits;
    private final StaffService staff;
    private final ExamAccess access;
    private final JdbcTemplate jdbc;
    private final org.yuanwu.union.Honours honours;

    TechnicalFileService(CreditService credits, StaffService staff, ExamAccess access, JdbcTemplate jdbc,
                         org.yuanwu.union.Honours honours) {
        this.honours = honours;
        this.credits = credits;
        this.staff = staff;
        this.access = access;
        this.jdbc = jdbc;
    }

    /** The signed-in user's staff id; 404 with a clear message when her account has no staff record. */
    public Long ownStaffId() {
        return access.ownStaffId(CurrentActor.get())
                .orElseThrow(() -> new DomainException(HttpStatus.NOT_FOUND, null, "techfile.error.noStaffRecord"));
    }

    public TechnicalFileView file(Long staffId) {
        Actor actor = CurrentActor.get();
        StaffView person = access.staff(staffId).orElseThrow(() -> DomainException.notFound("techfile.error.staffUnknown", staffId));
        boolean self = access.ownStaffId(actor).map(staffId::equals).orElse(false);
        if (!self && !access.sees(actor, person.unitId())) {
            throw new AccessDeniedProblem();
        }
        List<TechnicalFileView.Course> courses = jdbc.query("select s.id, s.starts_at, c.topic, c.category, c.credit_hours"
                + " from training_invitee i join training_session s on s.id = i.session_id"
                + " join training_course c on c.id = s.course_id"
                + " where i.staff_id = ? and i.attendance = 'PRESENT' and s.status = 'HELD' order by s.starts_at desc, s.id desc",
                (rs, n) -> new TechnicalFileView.Course(rs.getLong(1), CreditRules.sessionDate(rs.getTimestamp(2).toInstant()),
                        rs.getString(3), CourseCategory.valueOf(rs.getString(4)), rs.getBigDecimal(5)), staffId);
        List<TechnicalFileView.Exam> exams = jdbc.query("select e.id, e.title, e.kind, e.mode, a.attempt_no, a.exam_date,"
                + " a.status, a.score, a.max_score, a.passed from training_attempt a join training_exam e on e.id = a.exam_id"
                + " where a.staff_id = ? and a.status <> 'IN_PROGRESS' and e.status <> 'WITHDRAWN'"
                + " order by a.exam_date desc, e.id desc, a.attempt_no desc",
                (rs, n) -> {
                    AttemptStatus status = AttemptStatus.valueOf(rs.getString(7));
                    boolean graded = status == AttemptStatus.GRADED;
                    return new TechnicalFileView.Exam(rs.getLong(1), rs.getString(2), ExamKind.valueOf(rs.getString(3)),
                            ExamMode.valueOf(rs.getString(4)), rs.getInt(5), rs.getObject(6, LocalDate.class), status,
                            graded ? rs.getBigDecimal(8) : null, rs.getBigDecimal(9), graded ? (Boolean) rs.getObject(10) : null);
                }, staffId);
        List<TechnicalFileView.Skill> skills = jdbc.query("select a.id, a.assessed_on, k.name_zh, a.score, a.max_score, a.passed"
                + " from training_skill_assessment a join training_skill k on k.id = a.skill_id"
                + " where a.staff_id = ? and a.withdrawn = false order by a.assessed_on desc, a.id desc",
                (rs, n) -> new TechnicalFileView.Skill(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBoolean(6)), staffId);
        List<CreditEntryView> entries = credits.entriesOf(staffId);
        // every year with a record, and the current one, newest first
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.add(access.today().getYear());
        courses.forEach(c -> years.add(c.date().getYear()));
        entries.stream().filter(e -> !e.withdrawn()).forEach(e -> years.add(e.endsOn().getYear()));
        List<CreditTotals> totals = new ArrayList<>();
        for (int year : years) {
            totals.add(credits.totals(List.of(person), year).get(staffId));
        }
        return new TechnicalFileView(person.id(), person.employeeNo(), person.name(), person.unitId(),
                access.unitName(person.unitId()), person.title(), person.nurseLevel(), person.employmentType(),
                person.hireDate(), access.manages(actor, person.unitId()), courses, exams, skills,
                entries.stream().filter(e -> e.kind() == CreditEntryKind.FURTHER_STUDY).toList(),
                entries.stream().filter(e -> e.kind() != CreditEntryKind.FURTHER_STUDY).toList(), totals,
                honours.awardedTo(staffId).stream().map(h -> new TechnicalFileView.Honour(h.awardedOn(), h.title(), h.level(),
                        h.awardingBody())).toList());
    }

    /**
     * Active staff in the caller's scope (under unitId, matching q) with the year's credits; shortOnly keeps
     * those below their requirement. Sorted by unit and name.
     */
    public Page<TechnicalFileRow> list(Long unitId, String q, int year, boolean shortOnly, Pageable pageable) {
        List<TechnicalFileRow> all = rows(unitId, q, year, shortOnly);
        int from = (int) Math.min(all.size(), pageable.getOffset());
        int to = Math.min(all.size(), from + pageable.getPageSize());
        return new PageImpl<>(all.subList(from, to), pageable, all.size());
    }

    public List<TechnicalFileRow> rows(Long unitId, String q, int year, boolean shortOnly) {
        CurrentActor.require(Permissions.TRAINING_READ);
        CreditService.checkYear(year);
        List<StaffView> people = people(unitId, q);
        Map<Long, CreditTotals> totals = credits.totals(people, year);
        Map<Long, String> unitNames = access.unitNames(people.stream().map(StaffView::unitId).toList());
        return people.stream()
                .map(p -> new TechnicalFileRow(p.id(), p.employeeNo(), p.name(), p.unitId(), unitNames.get(p.unitId()),
                        p.title(), p.nurseLevel(), totals.get(p.id())))
                .filter(r -> !shortOnly || !r.credits().met())
                .sorted(Comparator.comparing(TechnicalFileRow::unitName).thenComparing(TechnicalFileRow::name)
                        .thenComparing(TechnicalFileRow::staffId)).toList();
    }

    /** Active staff in the caller's scope, under the unit (and its subtree) when given. */
    List<StaffView> people(Long unitId, String q) {
        StaffFilter filter = new StaffFilter(q == null || q.isBlank() ? null : q.strip(), unitId, null, StaffStatus.ACTIVE, null, null);
        return staff.search(filter, PageRequest.of(0, MAX_STAFF, Sort.by("name", "id"))).getContent();
    }
}
