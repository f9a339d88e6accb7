package org.yuanwu.training;

import org.yuanwu.common.HospitalTime;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ScopeGuard;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;
import org.yuanwu.training.internal.skill.ComplianceRules;
import org.yuanwu.training.internal.skill.Skill;
import org.yuanwu.training.internal.skill.SkillAssessment;
import org.yuanwu.training.internal.skill.SkillAssessmentRepository;
import org.yuanwu.training.internal.skill.SkillItem;
import org.yuanwu.training.internal.skill.SkillItemRepository;
import org.yuanwu.training.internal.skill.SkillRepository;
import org.yuanwu.training.internal.skill.SkillScore;
import org.yuanwu.training.internal.skill.SkillScoreRepository;
import org.yuanwu.training.internal.skill.SkillScoring;
import org.yuanwu.training.internal.skill.SkillSheet;
import org.yuanwu.training.internal.skill.SkillSheetRepository;

/**
 * Skill assessments: an examiner scores a staff member in her scope on a skill's current sheet;
 * every attempt is kept and, per person, skill and year, the latest one not withdrawn counts. Staff
 * in standardised training — the register has no such flag, so nurse level N0 stands for it — must
 * pass every active skill within the year: the yearly requirement is published as facts, and the
 * compliance list shows who still misses which skills.
 */
@Service
@Transactional
public class SkillAssessmentService {

    public static final String RECORD_TYPE = "training_skill_assessment";
    public static final String FACT_SOURCE = "training.skill_assessment";
    public static final String REQUIREMENT_SOURCE = "training.skill_requirement";
    /** The nurse level taken to mean "in standardised training" (规范化培训). */
    public static final NurseLevel STANDARDISED_TRAINING = NurseLevel.N0;
    public static final int EXPORT_LIMIT = 20_000;
    public static final Sort ORDER = Sort.by(Sort.Order.desc("assessedOn"), Sort.Order.desc("id"));
    static final ZoneId ZONE = HospitalTime.ZONE;
    static final int MAX_STAFF = 50_000;

    private final SkillAssessmentRepository assessments;
    private final SkillScoreRepository scores;
    private final SkillRepository skills;
    private final SkillSheetRepository sheets;
    private final SkillItemRepository items;
    private final StaffService staff;
    private final OrgUnitService units;
    private final ScopeGuard scope;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SkillAssessmentService(SkillAssessmentRepository assessments, SkillScoreRepository scores, SkillRepository skills,
                           SkillSheetRepository sheets, SkillItemRepository items, StaffService staff,
                           OrgUnitService units, ScopeGuard scope, JdbcTemplate jdbc, ApplicationEventPublisher events,
                           Optional<Clock> clock) {
        this.assessments = assessments;
        this.scores = scores;
        this.skills = skills;
        this.sheets = sheets;
        this.items = items;
        this.staff = staff;
        this.units = units;
        this.scope = scope;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---------------------------------------------------------------- recording

    public SkillAssessmentView assess(SkillAssessmentForm form) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_WRITE);
        if (form.getStaffId() == null) {
            throw DomainException.invalid("staffId", "training.error.staffRequired");
        }
        StaffView person = staff.find(form.getStaffId())
                .orElseThrow(() -> DomainException.invalid("staffId", "training.error.staffUnknown", String.valueOf(form.getStaffId())));
        if (!scope.canSee(actor, person.unitId())) {
            throw new AccessDeniedProblem();
        }
        if (person.status() != StaffStatus.ACTIVE) {
            throw DomainException.invalid("staffId", "training.error.staffInactive", person.name());
        }
        if (form.getSkillId() == null) {
            throw DomainException.invalid("skillId", "training.error.skillRequired");
        }
        Skill skill = skills.findById(form.getSkillId())
                .orElseThrow(() -> DomainException.invalid("skillId", "training.error.skillUnknown", String.valueOf(form.getSkillId())));
        if (!skill.isActive()) {
            throw DomainException.invalid("skillId", "training.error.skillWithdrawn");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        LocalDate on = form.getAssessedOn() == null ? today : form.getAssessedOn();
        if (on.isAfter(today)) {
            throw DomainException.invalid("assessedOn", "training.error.assessedInFuture");
        }
        if (on.getYear() < 2000) {
            throw DomainException.invalid("assessedOn", "training.error.timeRange");
        }
        if (form.getNote() != null && form.getNote().length() > 1000) {
            throw DomainException.invalid("note", "error.tooLong", 1000);
        }
        SkillSheet sheet = sheets.findBySkillIdAndCurrentTrue(skill.getId())
                .orElseThrow(() -> DomainException.conflict("training.error.sheetNotFound", String.valueOf(skill.getId())));
        List<SkillItem> sheetItems = items.findBySheetIdOrderByPositionAscIdAsc(sheet.getId());
        SkillScoring.Result result = SkillScoring.score(sheetItems.stream()
                .map(i -> new SkillScoring.Item(i.getId(), i.getName(), i.getMaxPoints(), i.getPerOccurrence())).toList(),
                form.getDeductions());
        SkillAssessment a = assessments.save(new SkillAssessment(skill.getId(), sheet.getId(), person.id(), person.name(),
                person.unitId(), on, result, skill.getPassThreshold(), actor.username(), form.getNote(), Instant.now(clock)));
        result.items().forEach(r -> scores.save(new SkillScore(a.getId(), r)));
        events.publishEvent(RecordChanged.created(RECORD_TYPE, a.getId(), person.name() + " " + skill.getNameZh(), a.snapshot()));
        publishFacts(a.getStaffId(), a.getSkillId(), on.getYear());
        return get(a.getId());
    }

    /** An attempt entered in error is withdrawn with a reason (never deleted); the previous attempt counts again. */
    public SkillAssessmentView withdraw(Long id, String reason, Long version) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_WRITE);
        SkillAssessment a = load(id);
        if (!scope.canSee(actor, a.getUnitId())) {
            throw new AccessDeniedProblem();
        }
        StaleEditException.check(version, a.getVersion());
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "training.error.reasonRequired");
        }
        if (reason.strip().length() > 500) {
            throw DomainException.invalid("reason", "error.tooLong", 500);
        }
        if (a.isWithdrawn()) {
            throw DomainException.conflict("training.error.assessmentWithdrawn");
        }
        Map<String, Object> before = a.snapshot();
        a.withdraw(reason.strip());
        assessments.saveAndFlush(a);
        events.publishEvent(RecordChanged.of(AuditAction.DEACTIVATE, RECORD_TYPE, id, a.getStaffName(), before, a.snapshot()));
        publishFacts(a.getStaffId(), a.getSkillId(), a.getAssessedOn().getYear());
        return get(id);
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public SkillAssessmentView get(Long id) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_READ);
        SkillAssessment a = load(id);
        if (!scope.canSee(actor, a.getUnitId())) {
            throw new AccessDeniedProblem();
        }
        Map<Long, SkillItem> byId = new HashMap<>();
        items.findBySheetIdOrderByPositionAscIdAsc(a.getSheetId()).forEach(i -> byId.put(i.getId(), i));
        List<SkillScoreView> lines = scores.findByAssessmentIdOrderByIdAsc(id).stream().map(s -> {
            SkillItem item = byId.get(s.getItemId());
            return new SkillScoreView(s.getItemId(), item == null ? "#" + s.getItemId() : item.getName(),
                    item == null ? null : item.getMaxPoints(), s.getOccurrences(), s.getPointsLost(), s.getScore());
        }).toList();
        return view(a, new Names(), lines);
    }

    @Transactional(readOnly = true)
    public Page<SkillAssessmentView> search(SkillAssessmentFilter filter, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_READ);
        Page<SkillAssessment> page = assessments.findAll(spec(actor, filter == null ? SkillAssessmentFilter.none() : filter),
                pageable);
        Names names = new Names();
        return page.map(a -> view(a, names, List.of()));
    }

    @Transactional(readOnly = true)
    public List<SkillAssessmentView> export(SkillAssessmentFilter filter) {
        return search(filter, PageRequest.of(0, EXPORT_LIMIT, ORDER)).getContent();
    }

    /** Every attempt of one person (in the caller's scope), newest first. */
    @Transactional(readOnly = true)
    public List<SkillAssessmentView> ofPerson(Long staffId) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_READ);
        StaffView person = staff.find(staffId).orElseThrow(() -> DomainException.notFound("training.error.staffUnknown", String.valueOf(staffId)));
        if (!scope.canSee(actor, person.unitId())) {
            throw new AccessDeniedProblem();
        }
        return search(new SkillAssessmentFilter(null, null, null, null, staffId, null),
                PageRequest.of(0, EXPORT_LIMIT, ORDER)).getContent();
    }

    /** A staff member's name and unit for the per-person page (in the caller's scope). */
    @Transactional(readOnly = true)
    public StaffView person(Long staffId) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_READ);
        StaffView person = staff.find(staffId).orElseThrow(() -> DomainException.notFound("training.error.staffUnknown", String.valueOf(staffId)));
        if (!scope.canSee(actor, person.unitId())) {
            throw new AccessDeniedProblem();
        }
        return person;
    }

    // ---------------------------------------------------------------- requirement and compliance

    /**
     * Publishes the year's requirement for everyone in standardised training within the caller's
     * scope: training.skill_required = the number of active skills, at the person's unit on 1 January.
     * People published before who are no longer in standardised training have theirs withdrawn.
     */
    public SkillRequirementResult publishRequirements(int year) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_WRITE);
        checkYear(year);
        int required = skills.findByActiveTrueOrderBySortOrderAscIdAsc().size();
        List<StaffView> people = trainees(null);
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        Instant now = Instant.now(clock);
        Set<Long> current = new HashSet<>();
        for (StaffView p : people) {
            current.add(p.id());
            jdbc.update("delete from training_skill_requirement where req_year = ? and staff_id = ?", year, p.id());
            jdbc.update("insert into training_skill_requirement (req_year, staff_id, unit_id, required, published_at) "
                    + "values (?, ?, ?, ?, ?)", year, p.id(), p.unitId(), required, java.sql.Timestamp.from(now));
            events.publishEvent(new FactsRecorded(REQUIREMENT_SOURCE, year + "-" + p.id(),
                    required == 0 ? List.of() : List.of(Fact.of("training.skill_required", p.unitId(), jan1, required))));
        }
        int withdrawn = 0;
        for (Map<String, Object> row : jdbc.queryForList(
                "select staff_id, unit_id from training_skill_requirement where req_year = ?", year)) {
            Long staffId = ((Number) row.get("staff_id")).longValue();
            Long unitId = ((Number) row.get("unit_id")).longValue();
            if (!current.contains(staffId) && scope.canSee(actor, unitId)) {
                jdbc.update("delete from training_skill_requirement where req_year = ? and staff_id = ?", year, staffId);
                events.publishEvent(FactsRecorded.withdrawn(REQUIREMENT_SOURCE, year + "-" + staffId));
                withdrawn++;
            }
        }
        events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, "requirement-" + year,
                "skill requirement " + year, Map.of(), Map.of("year", year, "staff", people.size(), "skillsEach", required,
                        "withdrawn", withdrawn)));
        return new SkillRequirementResult(year, people.size(), required, withdrawn);
    }

    /** Everyone in standardised training in scope (and under {@code unitId}), with the active skills still missing. */
    @Transactional(readOnly = true)
    public List<SkillComplianceRow> compliance(int year, Long unitId, java.util.Locale locale) {
        CurrentActor.require(Permissions.TRAINING_READ);
        checkYear(year);
        List<Skill> active = skills.findByActiveTrueOrderBySortOrderAscIdAsc();
        List<StaffView> people = trainees(unitId);
        if (people.isEmpty()) {
            return List.of();
        }
        List<ComplianceRules.Attempt> attempts = new ArrayList<>();
        for (List<Long> chunk : chunks(people.stream().map(StaffView::id).toList(), 500)) {
            assessments.findByStaffIdInAndAssessedOnBetweenAndWithdrawnFalse(chunk, LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31)).forEach(a -> attempts.add(
                    new ComplianceRules.Attempt(a.getId(), a.getStaffId(), a.getSkillId(), a.getAssessedOn(), a.isPassed())));
        }
        Map<Long, Set<Long>> passed = ComplianceRules.passedSkills(attempts);
        List<Long> activeIds = active.stream().map(Skill::getId).toList();
        Map<Long, String> skillNames = new HashMap<>();
        boolean english = locale != null && "en".equals(locale.getLanguage());
        active.forEach(s -> skillNames.put(s.getId(), english && s.getNameEn() != null ? s.getNameEn() : s.getNameZh()));
        Names names = new Names();
        return people.stream().map(p -> {
            List<Long> missing = ComplianceRules.missing(activeIds, passed.get(p.id()));
            return new SkillComplianceRow(p.unitId(), names.unit(p.unitId()), p.id(), p.employeeNo(), p.name(),
                    activeIds.size(), activeIds.size() - missing.size(), missing.stream().map(skillNames::get).toList());
        }).sorted(Comparator.comparing(SkillComplianceRow::unitName).thenComparing(SkillComplianceRow::staffName)
                .thenComparing(SkillComplianceRow::staffId)).toList();
    }

    // ---------------------------------------------------------------- facts

    /**
     * Of a person's attempts at a skill in a year, only the latest one not withdrawn may count:
     * skill_passed = 1 at its unit on its date if it passed; every other attempt's facts are withdrawn.
     */
    private void publishFacts(Long staffId, Long skillId, int year) {
        List<SkillAssessment> group = assessments.findByStaffIdAndSkillIdAndAssessedOnBetween(staffId, skillId,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        SkillAssessment latest = latestOf(group);
        for (SkillAssessment a : group) {
            // Every assessment counts (zero unless it is the person's latest and passed), so a unit whose nurses were
            // assessed and all failed reads 0 %, not "no data".
            List<Fact> facts = List.of(Fact.of("training.skill_passed", a.getUnitId(), a.getAssessedOn(),
                    a == latest && a.isPassed() ? 1 : 0));
            events.publishEvent(new FactsRecorded(FACT_SOURCE, String.valueOf(a.getId()), facts));
        }
    }

    private static SkillAssessment latestOf(Collection<SkillAssessment> group) {
        return group.stream().filter(a -> !a.isWithdrawn())
                .max(Comparator.comparing(SkillAssessment::getAssessedOn).thenComparing(SkillAssessment::getId)).orElse(null);
    }

    // ---------------------------------------------------------------- internals

    private List<StaffView> trainees(Long unitId) {
        StaffFilter filter = new StaffFilter(null, unitId, null, StaffStatus.ACTIVE, null, STANDARDISED_TRAINING);
        return staff.search(filter, PageRequest.of(0, MAX_STAFF, Sort.by("name", "id"))).getContent();
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw DomainException.invalid("year", "training.error.yearRange");
        }
    }

    private static <T> List<List<T>> chunks(List<T> list, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            out.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return out;
    }

    private SkillAssessment load(Long id) {
        return assessments.findById(id).orElseThrow(() -> DomainException.notFound("training.error.assessmentNotFound", String.valueOf(id)));
    }

    /** Caches unit, skill and sheet names while building one page of views. */
    private final class Names {
        final Map<Long, String> units = new HashMap<>();
        final Map<Long, Skill> skillById = new HashMap<>();
        final Map<Long, Integer> sheetVersions = new HashMap<>();
        final Map<List<Object>, Long> latestIds = new HashMap<>();

        /** The id of the attempt that counts for the person, skill and year (null when all are withdrawn). */
        Long latest(SkillAssessment a) {
            int year = a.getAssessedOn().getYear();
            return latestIds.computeIfAbsent(List.of(a.getStaffId(), a.getSkillId(), year), k -> {
                SkillAssessment l = latestOf(assessments.findByStaffIdAndSkillIdAndAssessedOnBetween(a.getStaffId(),
                        a.getSkillId(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
                return l == null ? -1L : l.getId();
            });
        }

        String unit(Long id) {
            return units.computeIfAbsent(id, k -> SkillAssessmentService.this.units.find(k).map(UnitView::name).orElse("#" + k));
        }

        Skill skill(Long id) {
            return skillById.computeIfAbsent(id, k -> skills.findById(k).orElseThrow());
        }

        int sheetVersion(Long id) {
            return sheetVersions.computeIfAbsent(id, k -> sheets.findById(k).map(SkillSheet::getSheetVersion).orElse(0));
        }
    }

    private SkillAssessmentView view(SkillAssessment a, Names names, List<SkillScoreView> lines) {
        Skill skill = names.skill(a.getSkillId());
        boolean latest = !a.isWithdrawn() && a.getId().equals(names.latest(a));
        return new SkillAssessmentView(a.getId(), a.getSkillId(), skill.getNameZh(), a.getSheetId(),
                names.sheetVersion(a.getSheetId()), a.getStaffId(), a.getStaffName(), a.getUnitId(), names.unit(a.getUnitId()),
                a.getAssessedOn(), a.getScore(), a.getMaxScore(), a.getPassThreshold(), a.isPassed(), latest, a.getExaminer(),
                a.getNote(), a.isWithdrawn(), a.getWithdrawnReason(), lines, a.getVersion());
    }

    private Specification<SkillAssessment> spec(Actor actor, SkillAssessmentFilter f) {
        Collection<Long> scoped = scopedUnitIds(actor);
        Collection<Long> filtered = f.unitId() == null ? null : units.subtreeIds(f.unitId());
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (scoped != null) {
                where.add(scoped.isEmpty() ? cb.disjunction() : root.get("unitId").in(scoped));
            }
            if (filtered != null) {
                where.add(filtered.isEmpty() ? cb.disjunction() : root.get("unitId").in(filtered));
            }
            if (f.skillId() != null) {
                where.add(cb.equal(root.get("skillId"), f.skillId()));
            }
            if (f.passed() != null) {
                where.add(cb.equal(root.get("passed"), f.passed()));
            }
            if (f.year() != null) {
                where.add(cb.between(root.get("assessedOn"), LocalDate.of(f.year(), 1, 1), LocalDate.of(f.year(), 12, 31)));
            }
            if (f.staffId() != null) {
                where.add(cb.equal(root.get("staffId"), f.staffId()));
            }
            where.add(cb.equal(root.get("withdrawn"), Boolean.TRUE.equals(f.withdrawn())));
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private Collection<Long> scopedUnitIds(Actor actor) {
        return scope.visibleUnitIds(actor);
    }
}
