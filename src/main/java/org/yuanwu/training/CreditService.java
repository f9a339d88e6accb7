package org.yuanwu.training;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.indicator.Fact;
import org.yuanwu.indicator.FactsRecorded;
import org.yuanwu.organization.StaffView;
import org.yuanwu.training.internal.file.CreditEntry;
import org.yuanwu.training.internal.file.CreditEntryRepository;
import org.yuanwu.training.internal.file.CreditRequirement;
import org.yuanwu.training.internal.file.CreditRequirementRepository;
import org.yuanwu.training.internal.file.CreditRules;

/**
 * Continuing-education credits: the yearly requirement per title grade (data the office edits), further-study
 * periods and external credits entered with their evidence, and each person's yearly totals (rules in
 * CreditRules). Every entry publishes training.credit_hours at the person's unit on the day it ends; a
 * withdrawn entry withdraws its fact.
 */
@Service
@Transactional
public class CreditService {

    public static final String ENTRY_RECORD_TYPE = "training_credit_entry";
    public static final String REQUIREMENT_RECORD_TYPE = "training_credit_requirement";
    public static final String FACT_SOURCE = "training.credit_entry";
    static final BigDecimal MAX_HOURS = new BigDecimal("999.9");

    private final CreditEntryRepository entries;
    private final CreditRequirementRepository requirements;
    private final ExamAccess access;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    CreditService(CreditEntryRepository entries, CreditRequirementRepository requirements, ExamAccess access,
                  JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.entries = entries;
        this.requirements = requirements;
        this.access = access;
        this.jdbc = jdbc;
        this.events = events;
    }

    // ---------------------------------------------------------------- requirements

    @Transactional(readOnly = true)
    public List<CreditRequirementView> requirements() {
        CurrentActor.require(Permissions.TRAINING_READ);
        return requirements.findAll().stream().sorted(java.util.Comparator.comparing(CreditRequirement::getGrade))
                .map(CreditService::view).toList();
    }

    /** Changes a grade's yearly requirement; hospital-wide, so only a training manager who sees every unit may. */
    public CreditRequirementView changeRequirement(CreditTitleGrade grade, BigDecimal credits, Long version) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_WRITE);
        if (access.scopedUnitIds(actor) != null) {
            throw new AccessDeniedProblem();
        }
        if (grade == null) {
            throw DomainException.invalid("grade", "techfile.error.gradeRequired");
        }
        if (credits == null || credits.signum() < 0 || credits.compareTo(MAX_HOURS) > 0 || credits.scale() > 1) {
            throw DomainException.invalid("creditsRequired", "techfile.error.creditsRange");
        }
        CreditRequirement r = requirements.findById(grade)
                .orElseThrow(() -> DomainException.notFound("techfile.error.gradeUnknown", grade));
        StaleEditException.check(version, r.getVersion());
        BigDecimal before = r.getCreditsRequired();
        r.change(credits.setScale(1, java.math.RoundingMode.HALF_UP), actor.username(), access.now());
        requirements.saveAndFlush(r);
        events.publishEvent(RecordChanged.of(AuditAction.UPDATE, REQUIREMENT_RECORD_TYPE, grade.name(), grade.name(),
                Map.of("creditsRequired", before), Map.of("creditsRequired", r.getCreditsRequired())));
        return view(r);
    }

    Map<CreditTitleGrade, BigDecimal> requiredByGrade() {
        Map<CreditTitleGrade, BigDecimal> m = new HashMap<>();
        requirements.findAll().forEach(r -> m.put(r.getGrade(), r.getCreditsRequired()));
        return m;
    }

    // ---------------------------------------------------------------- entries

    /** Further study or an external credit for a staff member of a unit the caller manages. */
    public CreditEntryView addEntry(Long staffId, CreditEntryForm form) {
        StaffView person = access.staff(staffId).orElseThrow(() -> DomainException.notFound("techfile.error.staffUnknown", staffId));
        Actor actor = access.manager(person.unitId());
        check(form);
        CreditEntry e = new CreditEntry(person.id(), person.unitId(), form, actor.username(), access.now());
        entries.saveAndFlush(e);
        events.publishEvent(RecordChanged.created(ENTRY_RECORD_TYPE, e.getId(), person.name() + " · " + e.getTitle(), e.snapshot()));
        publishFact(e);
        return view(e);
    }

    /** Withdraws an entry entered by mistake; it stays on record with the reason and no longer counts. */
    public CreditEntryView withdrawEntry(Long staffId, Long entryId, String reason, Long version) {
        CreditEntry e = entries.findById(entryId).filter(x -> x.getStaffId().equals(staffId))
                .orElseThrow(() -> DomainException.notFound("techfile.error.entryNotFound", entryId));
        access.manager(e.getUnitId());
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "techfile.error.reasonRequired");
        }
        if (reason.length() > 500) {
            throw DomainException.invalid("reason", "error.tooLong", 500);
        }
        if (e.isWithdrawn()) {
            throw DomainException.conflict("techfile.error.entryWithdrawn");
        }
        StaleEditException.check(version, e.getVersion());
        Map<String, Object> before = e.snapshot();
        e.withdraw(reason.strip(), access.now());
        entries.saveAndFlush(e);
        events.publishEvent(RecordChanged.of(AuditAction.UPDATE, ENTRY_RECORD_TYPE, e.getId(), e.getTitle(), before,
                Map.of("withdrawn", true, "reason", reason.strip())));
        events.publishEvent(FactsRecorded.withdrawn(FACT_SOURCE, String.valueOf(e.getId())));
        return view(e);
    }

    /** A person's entries, withdrawn ones included (callers check that the person may be seen). */
    @Transactional(readOnly = true)
    List<CreditEntryView> entriesOf(Long staffId) {
        return entries.findByStaffIdOrderByEndsOnDescIdDesc(staffId).stream().map(CreditService::view).toList();
    }

    private void check(CreditEntryForm f) {
        if (f.getKind() == null) {
            throw DomainException.invalid("kind", "techfile.error.kindRequired");
        }
        text(f.getTitle(), "title", 200, true);
        text(f.getInstitution(), "institution", 200, true);
        text(f.getSpecialty(), "specialty", 200, false);
        text(f.getEvidence(), "evidence", 500, true);
        text(f.getNote(), "note", 1000, false);
        if (f.getStartsOn() == null) {
            throw DomainException.invalid("startsOn", "techfile.error.startsOnRequired");
        }
        if (f.getEndsOn() == null) {
            throw DomainException.invalid("endsOn", "techfile.error.endsOnRequired");
        }
        if (f.getEndsOn().isBefore(f.getStartsOn())) {
            throw DomainException.invalid("endsOn", "techfile.error.endsBeforeStart");
        }
        if (f.getStartsOn().getYear() < 2000 || f.getEndsOn().isAfter(access.today().plusYears(2))) {
            throw DomainException.invalid("endsOn", "techfile.error.dateRange");
        }
        BigDecimal h = f.getCreditHours();
        if (h == null || h.signum() < 0 || h.compareTo(MAX_HOURS) > 0 || h.stripTrailingZeros().scale() > 1) {
            throw DomainException.invalid("creditHours", "techfile.error.creditsRange");
        }
    }

    private static void text(String value, String field, int max, boolean required) {
        if (required && (value == null || value.isBlank())) {
            throw DomainException.invalid(field, "techfile.error." + field + "Required");
        }
        if (value != null && value.strip().length() > max) {
            throw DomainException.invalid(field, "error.tooLong", max);
        }
    }

    private void publishFact(CreditEntry e) {
        events.publishEvent(new FactsRecorded(FACT_SOURCE, String.valueOf(e.getId()), e.getCreditHours().signum() == 0
                ? List.of() : List.of(new Fact("training.credit_hours", e.getUnitId(), e.getEndsOn(), e.getCreditHours()))));
    }

    // ---------------------------------------------------------------- totals

    /** Everything each person earned in the year (courses attended, further study, external credits). */
    @Transactional(readOnly = true)
    Map<Long, List<CreditRules.Earned>> earned(Collection<Long> staffIds, int year) {
        Map<Long, List<CreditRules.Earned>> earned = new HashMap<>();
        if (staffIds.isEmpty()) {
            return earned;
        }
        Long[] ids = staffIds.stream().distinct().toArray(Long[]::new);
        Timestamp from = Timestamp.from(CreditRules.yearStart(year));
        Timestamp to = Timestamp.from(CreditRules.yearStart(year + 1));
        jdbc.query(con -> {
            var ps = con.prepareStatement("select i.staff_id, s.starts_at, c.credit_hours from training_invitee i"
                    + " join unnest(?) as w(id) on i.staff_id = w.id"
                    + " join training_session s on s.id = i.session_id join training_course c on c.id = s.course_id"
                    + " where i.attendance = 'PRESENT' and s.status = 'HELD' and s.starts_at >= ? and s.starts_at < ?");
            ps.setArray(1, con.createArrayOf("BIGINT", ids));
            ps.setTimestamp(2, from);
            ps.setTimestamp(3, to);
            return ps;
        }, rs -> {
            earned.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new CreditRules.Earned(CreditRules.Source.COURSE,
                    CreditRules.sessionDate(rs.getTimestamp(2).toInstant()), rs.getBigDecimal(3)));
        });
        for (int i = 0; i < ids.length; i += 1000) {
            List<Long> chunk = java.util.Arrays.asList(ids).subList(i, Math.min(ids.length, i + 1000));
            for (CreditEntry e : entries.findByStaffIdInAndWithdrawnFalse(chunk)) {
                if (e.getEndsOn().getYear() == year) {
                    earned.computeIfAbsent(e.getStaffId(), k -> new ArrayList<>()).add(new CreditRules.Earned(
                            e.getKind() == CreditEntryKind.FURTHER_STUDY ? CreditRules.Source.FURTHER_STUDY
                                    : CreditRules.Source.EXTERNAL, e.getEndsOn(), e.getCreditHours()));
                }
            }
        }
        return earned;
    }

    /** The year's totals of each person against the requirement of her title grade. */
    @Transactional(readOnly = true)
    Map<Long, CreditTotals> totals(Collection<StaffView> people, int year) {
        Map<Long, List<CreditRules.Earned>> earned = earned(people.stream().map(StaffView::id).toList(), year);
        Map<CreditTitleGrade, BigDecimal> required = requiredByGrade();
        Map<Long, CreditTotals> totals = new HashMap<>();
        for (StaffView p : people) {
            CreditTitleGrade grade = CreditTitleGrade.of(p.title());
            totals.put(p.id(), CreditRules.totals(year, earned.getOrDefault(p.id(), List.of()), grade,
                    required.getOrDefault(grade, BigDecimal.ZERO)));
        }
        return totals;
    }

    static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new DomainException(HttpStatus.BAD_REQUEST, "year", "training.error.yearRange");
        }
    }

    private static CreditRequirementView view(CreditRequirement r) {
        return new CreditRequirementView(r.getGrade(), r.getCreditsRequired(), r.getUpdatedBy(), r.getUpdatedAt(), r.getVersion());
    }

    static CreditEntryView view(CreditEntry e) {
        return new CreditEntryView(e.getId(), e.getStaffId(), e.getUnitId(), e.getKind(), e.getTitle(), e.getInstitution(),
                e.getSpecialty(), e.getStartsOn(), e.getEndsOn(), e.getCreditHours(), e.getEvidence(), e.getNote(),
                e.isWithdrawn(), e.getWithdrawnReason(), e.getCreatedBy(), e.getVersion());
    }
}
