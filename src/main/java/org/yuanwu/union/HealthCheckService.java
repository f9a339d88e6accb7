package org.yuanwu.union;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.union.internal.health.HealthAttendee;
import org.yuanwu.union.internal.health.HealthAttendeeRepository;
import org.yuanwu.union.internal.health.HealthCampaign;
import org.yuanwu.union.internal.health.HealthCampaignRepository;
import org.yuanwu.union.internal.health.HealthFinding;
import org.yuanwu.union.internal.health.HealthFindingRepository;

/**
 * The yearly staff health check. HEALTH_CHECK_MANAGE (the union office, occupational health) opens a campaign —
 * the due list is taken from the active staff of the audience when it opens — records who attended and exports
 * who has not. What the check found, and each person's health file, are confidential: only HEALTH_FINDINGS_READ
 * (the occupational-health role; not the system administrator, not the union) reads or writes them, and the
 * audit trail records that a finding was written, not what it says. Lists cover the units in the caller's scope.
 */
@Service
@Transactional
public class HealthCheckService {

    public static final String RECORD_TYPE = "union_health_campaign";
    public static final String FINDING_RECORD_TYPE = "union_health_finding";

    private final HealthCampaignRepository campaigns;
    private final HealthAttendeeRepository attendees;
    private final HealthFindingRepository findings;
    private final StaffService staff;
    private final ActivitySupport support;

    HealthCheckService(HealthCampaignRepository campaigns, HealthAttendeeRepository attendees,
                       HealthFindingRepository findings, StaffService staff, ActivitySupport support) {
        this.campaigns = campaigns;
        this.attendees = attendees;
        this.findings = findings;
        this.staff = staff;
        this.support = support;
    }

    public LocalDate today() {
        return support.today();
    }

    // ---------------------------------------------------------------- campaigns and attendance

    @Transactional(readOnly = true)
    public List<HealthCheckView> list() {
        Actor actor = campaignReader();
        return campaigns.findAll(Sort.by(Sort.Order.desc("checkYear"), Sort.Order.desc("id"))).stream()
                .map(c -> view(c, actor)).toList();
    }

    @Transactional(readOnly = true)
    public HealthCheckView get(Long id) {
        Actor actor = campaignReader();
        return view(load(id), actor);
    }

    /** Who is due and when they attended; attended true/false narrows to those who have or have not come yet. */
    @Transactional(readOnly = true)
    public Page<HealthCheckAttendee> attendance(Long id, Boolean attended, Long unitId, Pageable pageable) {
        Actor actor = campaignReader();
        load(id);
        Page<HealthAttendee> page = attendees.findAll(attendeeSpec(id, attended, unitId, actor), pageable);
        return page.map(this::attendeeView);
    }

    /** The reminder list: everyone due in the caller's scope who has not attended yet, as a workbook. */
    @Transactional(readOnly = true)
    public byte[] exportPending(Long id, Locale locale) {
        Actor actor = campaignReader();
        HealthCampaign c = load(id);
        List<HealthAttendee> pending = attendees.findAll(attendeeSpec(id, false, null, actor), Sort.by("unitId", "staffId"));
        List<List<?>> rows = new ArrayList<>();
        for (HealthAttendee a : pending) {
            HealthCheckAttendee v = attendeeView(a);
            rows.add(Arrays.asList(v.employeeNo(), v.name(), v.unitName(), String.valueOf(c.getCheckYear()), c.getProvider(),
                    c.getEndsOn()));
        }
        List<String> headers = new ArrayList<>();
        for (String k : List.of("employeeNo", "name", "unit", "year", "provider", "endsOn")) {
            headers.add(support.text("health.field." + k, locale));
        }
        return ExcelSheet.write(support.text("health.export.pendingSheet", locale), headers, rows);
    }

    public HealthCheckView create(HealthCheckForm form) {
        Actor actor = CurrentActor.require(Permissions.HEALTH_CHECK_MANAGE);
        if (form.getYear() == null || form.getYear() < 2000 || form.getYear() > 2100) {
            throw DomainException.invalid("year", "health.error.yearRange");
        }
        String provider = ActivitySupport.required(form.getProvider(), "provider", "health.error.providerRequired", 200);
        checkDates(form.getYear(), form.getStartsOn(), form.getEndsOn());
        List<Long> units = form.isAudienceAll() ? List.of() : form.getUnitIds().stream().distinct().toList();
        if (!form.isAudienceAll() && units.isEmpty()) {
            throw DomainException.invalid("unitIds", "health.error.audienceRequired");
        }
        for (Long unitId : units) {
            support.manager(Permissions.HEALTH_CHECK_MANAGE, support.unit(unitId, "unitIds").id());
        }
        HealthCampaign c = new HealthCampaign(form.getYear(), provider, form.getStartsOn(), form.getEndsOn(),
                form.isAudienceAll(), units, actor.username(), support.now());
        campaigns.save(c);
        int due = 0;
        for (StaffView s : audience(form.isAudienceAll(), units)) {
            attendees.save(new HealthAttendee(c.getId(), s.id(), s.unitId()));
            due++;
        }
        Map<String, Object> after = new java.util.LinkedHashMap<>(c.snapshot());
        after.put("due", due);
        support.created(RECORD_TYPE, c.getId(), c.getCheckYear() + " " + provider, after);
        return view(c, actor);
    }

    /** Records the day a person attended (within the campaign's dates, not in the future), or clears it with null. */
    public HealthCheckAttendee recordAttendance(Long id, Long staffId, LocalDate attendedOn) {
        CurrentActor.require(Permissions.HEALTH_CHECK_MANAGE);
        HealthCampaign c = load(id);
        HealthAttendee a = attendees.findByCampaignIdAndStaffId(id, staffId)
                .orElseThrow(() -> DomainException.invalid("staffId", "health.error.notDue"));
        support.manager(Permissions.HEALTH_CHECK_MANAGE, a.getUnitId());
        if (attendedOn != null && (attendedOn.isBefore(c.getStartsOn()) || attendedOn.isAfter(c.getEndsOn())
                || attendedOn.isAfter(support.today()))) {
            throw DomainException.invalid("attendedOn", "health.error.attendedOnRange", c.getStartsOn(), c.getEndsOn());
        }
        if (attendedOn == null && findings.findByAttendeeId(a.getId()).isPresent()) {
            throw DomainException.conflict("health.error.hasFinding");
        }
        LocalDate before = a.getAttendedOn();
        a.setAttendedOn(attendedOn);
        attendees.saveAndFlush(a);
        support.updated("union_health_attendee", a.getId(), c.getCheckYear() + " #" + staffId,
                Map.of("attendedOn", String.valueOf(before)), Map.of("attendedOn", String.valueOf(attendedOn)));
        return attendeeView(a);
    }

    // ---------------------------------------------------------------- confidential: HEALTH_FINDINGS_READ only

    @Transactional(readOnly = true)
    public List<HealthCheckFinding> findings(Long id, Boolean abnormalOnly) {
        Actor actor = findingsReader();
        HealthCampaign c = load(id);
        List<HealthAttendee> list = attendees.findAll(attendeeSpec(id, true, null, actor), Sort.by("unitId", "staffId"));
        Map<Long, HealthAttendee> byId = list.stream().collect(Collectors.toMap(HealthAttendee::getId, Function.identity()));
        List<HealthCheckFinding> out = new ArrayList<>();
        if (byId.isEmpty()) {
            return out;
        }
        for (HealthFinding f : findings.findByAttendeeIdIn(byId.keySet())) {
            if (Boolean.TRUE.equals(abnormalOnly) && !f.isAbnormal()) {
                continue;
            }
            out.add(findingView(f, byId.get(f.getAttendeeId()).getUnitId()));
        }
        out.sort(java.util.Comparator.comparing(HealthCheckFinding::unitName, java.util.Comparator.nullsLast(String::compareTo))
                .thenComparing(HealthCheckFinding::name));
        return out;
    }

    /** Records (or corrects) what one person's check found; she must have attended. */
    public HealthCheckFinding recordFinding(Long id, HealthCheckFindingForm form) {
        Actor actor = findingsReader();
        HealthCampaign c = load(id);
        if (form.staffId() == null) {
            throw DomainException.invalid("staffId", "activity.error.staffRequired");
        }
        HealthAttendee a = attendees.findByCampaignIdAndStaffId(id, form.staffId())
                .orElseThrow(() -> DomainException.invalid("staffId", "health.error.notDue"));
        if (!support.canSee(actor, a.getUnitId())) {
            throw new AccessDeniedProblem();
        }
        if (a.getAttendedOn() == null) {
            throw DomainException.conflict("health.error.notAttended");
        }
        if (form.abnormal() == null) {
            throw DomainException.invalid("abnormal", "health.error.abnormalRequired");
        }
        String conclusion = ActivitySupport.required(form.conclusion(), "conclusion", "health.error.conclusionRequired", 2000);
        String found = ActivitySupport.limited(form.findings(), "findings", 4000);
        if (form.abnormal() && found == null) {
            throw DomainException.invalid("findings", "health.error.findingsRequired");
        }
        String advice = ActivitySupport.limited(form.advice(), "advice", 2000);
        Optional<HealthFinding> existing = findings.findByAttendeeId(a.getId());
        HealthFinding f = existing.orElseGet(() -> new HealthFinding(a.getId(), a.getStaffId(), c.getCheckYear(), support.now()));
        Map<String, Object> before = existing.isPresent() ? f.auditSnapshot() : Map.of();
        f.record(form.abnormal(), found, conclusion, advice, actor.username(), support.now());
        findings.saveAndFlush(f);
        if (existing.isPresent()) {
            support.updated(FINDING_RECORD_TYPE, f.getId(), c.getCheckYear() + " #" + a.getStaffId(), before, f.auditSnapshot());
        } else {
            support.created(FINDING_RECORD_TYPE, f.getId(), c.getCheckYear() + " #" + a.getStaffId(), f.auditSnapshot());
        }
        return findingView(f, a.getUnitId());
    }

    /** A person's staff health file: every year's conclusion and advice, and the checks she was due for. */
    @Transactional(readOnly = true)
    public HealthCheckFile file(Long staffId) {
        Actor actor = findingsReader();
        StaffView person = support.staff(staffId, "staffId");
        if (!support.canSee(actor, person.unitId())) {
            throw new AccessDeniedProblem();
        }
        List<HealthCheckFinding> list = findings.findByStaffIdOrderByCheckYearDesc(staffId).stream()
                .map(f -> findingView(f, person.unitId())).toList();
        List<HealthCheckFile.Attendance> checks = attendees.findByStaffIdOrderByCampaignIdDesc(staffId).stream()
                .map(a -> {
                    HealthCampaign c = load(a.getCampaignId());
                    return new HealthCheckFile.Attendance(c.getId(), c.getCheckYear(), c.getProvider(), a.getAttendedOn());
                }).toList();
        return new HealthCheckFile(staffId, person.name(), person.employeeNo(), support.unitName(person.unitId()), list, checks);
    }

    public boolean mayReadFindings() {
        return CurrentActor.get().can(Permissions.HEALTH_FINDINGS_READ);
    }

    // ---------------------------------------------------------------- internals

    private Actor campaignReader() {
        Actor actor = CurrentActor.get();
        if (!actor.can(Permissions.HEALTH_CHECK_MANAGE) && !actor.can(Permissions.HEALTH_FINDINGS_READ)) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    private Actor findingsReader() {
        return CurrentActor.require(Permissions.HEALTH_FINDINGS_READ);
    }

    private void checkDates(int year, LocalDate startsOn, LocalDate endsOn) {
        if (startsOn == null) {
            throw DomainException.invalid("startsOn", "health.error.startsRequired");
        }
        if (endsOn == null) {
            throw DomainException.invalid("endsOn", "health.error.endsRequired");
        }
        if (endsOn.isBefore(startsOn)) {
            throw DomainException.invalid("endsOn", "health.error.endsBeforeStarts");
        }
        if (startsOn.getYear() != year) {
            throw DomainException.invalid("startsOn", "health.error.startsOutsideYear", String.valueOf(year));
        }
    }

    /** The active staff of the audience the caller may see, each once. */
    private Collection<StaffView> audience(boolean all, List<Long> units) {
        Map<Long, StaffView> out = new java.util.LinkedHashMap<>();
        List<Long> roots = all ? java.util.Collections.singletonList(null) : units;
        for (Long unitId : roots) {
            for (StaffView s : staff.search(new StaffFilter(null, unitId, null, StaffStatus.ACTIVE, null, null),
                    PageRequest.of(0, StaffService.EXPORT_LIMIT, Sort.by("id"))).getContent()) {
                out.putIfAbsent(s.id(), s);
            }
        }
        return out.values();
    }

    private Specification<HealthAttendee> attendeeSpec(Long campaignId, Boolean attended, Long unitId, Actor actor) {
        Collection<Long> scoped = support.visibleUnitIds(actor);
        Collection<Long> filtered = unitId == null ? null : support.subtreeIds(unitId);
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("campaignId"), campaignId));
            if (scoped != null) {
                where.add(scoped.isEmpty() ? cb.disjunction() : root.get("unitId").in(scoped));
            }
            if (filtered != null) {
                where.add(filtered.isEmpty() ? cb.disjunction() : root.get("unitId").in(filtered));
            }
            if (attended != null) {
                where.add(attended ? cb.isNotNull(root.get("attendedOn")) : cb.isNull(root.get("attendedOn")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private HealthCampaign load(Long id) {
        return campaigns.findById(id).orElseThrow(() -> DomainException.notFound("health.error.notFound", id));
    }

    private HealthCheckView view(HealthCampaign c, Actor actor) {
        long due = attendees.count(attendeeSpec(c.getId(), null, null, actor));
        long came = attendees.count(attendeeSpec(c.getId(), true, null, actor));
        Set<String> names = new LinkedHashSet<>();
        for (Long u : c.audienceUnitIds()) {
            names.add(support.unitName(u));
        }
        return new HealthCheckView(c.getId(), c.getCheckYear(), c.getProvider(), c.getStartsOn(), c.getEndsOn(),
                c.isAudienceAll(), List.copyOf(names), due, came, c.getVersion());
    }

    private HealthCheckAttendee attendeeView(HealthAttendee a) {
        Optional<StaffView> s = support.findStaff(a.getStaffId());
        return new HealthCheckAttendee(a.getStaffId(), s.map(StaffView::name).orElse("#" + a.getStaffId()),
                s.map(StaffView::employeeNo).orElse(null), a.getUnitId(), support.unitName(a.getUnitId()), a.getAttendedOn());
    }

    private HealthCheckFinding findingView(HealthFinding f, Long unitId) {
        String name = support.findStaff(f.getStaffId()).map(StaffView::name).orElse("#" + f.getStaffId());
        return new HealthCheckFinding(f.getStaffId(), name, support.unitName(unitId), f.getCheckYear(), f.isAbnormal(),
                f.getFindings(), f.getConclusion(), f.getAdvice(), f.getRecordedBy(), f.getUpdatedAt());
    }
}
