package org.yuanwu.quality;

import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
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
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.common.SystemActor;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.indicator.Fact;
import org.yuanwu.indicator.FactsRecorded;
import org.yuanwu.quality.internal.records.Pareto;
import org.yuanwu.quality.internal.records.RecordAudit;
import org.yuanwu.quality.internal.records.RecordAuditRepository;
import org.yuanwu.quality.internal.records.RecordDefect;
import org.yuanwu.quality.internal.records.RecordRound;
import org.yuanwu.quality.internal.records.RecordRoundRepository;
import org.yuanwu.quality.internal.records.RecordScoring;

/**
 * Nursing-records audits: rounds by unit and month; sampled records audited at three levels (quality-control nurse
 * → head nurse → nursing department) and scored against the records checklist, defects on discharged records
 * weighted by {@code yuanwu.quality.records.discharged-weight} (1.5); a failed record is held from the archive
 * until the unit corrects it and the auditor lifts the hold; monthly Pareto analysis of the defects. Every audit
 * counts toward {@code quality.records_audited} and, when passed, {@code quality.records_passed}.
 */
@Service
@Transactional
public class RecordAuditService {

    public static final String ROUND_TYPE = "quality_record_round";
    public static final String RECORD_TYPE = "quality_record_audit";
    public static final String FACT_SOURCE = "quality.record_audit";
    public static final String AUDITED = "quality.records_audited";
    public static final String PASSED = "quality.records_passed";
    static final int EXPORT_LIMIT = 50_000;

    private final RecordRoundRepository rounds;
    private final RecordAuditRepository audits;
    private final QualityTemplates templates;
    private final QualityAccess access;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final BigDecimal defaultWeight;
    private final BigDecimal defaultPassMark;

    RecordAuditService(RecordRoundRepository rounds, RecordAuditRepository audits, QualityTemplates templates,
                       QualityAccess access, ApplicationEventPublisher events, MessageSource messages,
                       @Value("${yuanwu.quality.records.discharged-weight:1.5}") BigDecimal defaultWeight,
                       @Value("${yuanwu.quality.records.pass-mark:90}") BigDecimal defaultPassMark) {
        this.rounds = rounds;
        this.audits = audits;
        this.templates = templates;
        this.access = access;
        this.events = events;
        this.messages = messages;
        this.defaultWeight = defaultWeight;
        this.defaultPassMark = defaultPassMark;
    }

    public BigDecimal defaultWeight() {
        return defaultWeight;
    }

    public BigDecimal defaultPassMark() {
        return defaultPassMark;
    }

    public LocalDate today() {
        return access.today();
    }

    /** The checklists a records audit may use: active templates of the nursing-records kind. */
    @Transactional(readOnly = true)
    public List<TemplateView> recordTemplates() {
        return templates.active().stream().filter(t -> t.kind() == TemplateKind.NURSING_RECORDS).toList();
    }

    // ---------------------------------------------------------------- rounds

    @Transactional(readOnly = true)
    public Page<RecordAuditRoundView> rounds(Long unitId, YearMonth month, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_READ);
        Collection<Long> scoped = access.scopedUnitIds(actor);
        Collection<Long> filtered = unitId == null ? null : access.subtree(unitId);
        Specification<RecordRound> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (scoped != null) {
                where.add(scoped.isEmpty() ? cb.disjunction() : root.get("unitId").in(scoped));
            }
            if (filtered != null) {
                where.add(filtered.isEmpty() ? cb.disjunction() : root.get("unitId").in(filtered));
            }
            if (month != null) {
                where.add(cb.equal(root.get("periodMonth"), month.atDay(1)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        Map<Long, String> names = new HashMap<>();
        return rounds.findAll(spec, pageable).map(r -> roundView(r, names));
    }

    @Transactional(readOnly = true)
    public RecordAuditRoundView round(Long id) {
        RecordRound r = loadRound(id);
        access.require(Permissions.QUALITY_READ, r.getUnitId(), null);
        return roundView(r, new HashMap<>());
    }

    public RecordAuditRoundView createRound(RecordAuditRoundForm form) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_INSPECT);
        if (form.getUnitId() == null) {
            throw DomainException.invalid("unitId", "recordaudit.error.unitRequired");
        }
        access.unit(form.getUnitId());
        access.require(Permissions.QUALITY_INSPECT, form.getUnitId(), null);
        YearMonth month = parseMonth(form.getMonth());
        if (month.isAfter(YearMonth.from(today()))) {
            throw DomainException.invalid("month", "recordaudit.error.monthFuture");
        }
        TemplateView template = form.getTemplateId() == null ? recordTemplates().stream().findFirst()
                .orElseThrow(() -> DomainException.invalid("templateId", "recordaudit.error.templateRequired"))
                : templates.get(form.getTemplateId());
        if (template.kind() != TemplateKind.NURSING_RECORDS || template.status() != TemplateStatus.ACTIVE) {
            throw DomainException.invalid("templateId", "recordaudit.error.templateKind");
        }
        BigDecimal passMark = form.getPassMark() == null ? defaultPassMark : form.getPassMark();
        if (passMark.signum() < 0 || passMark.compareTo(template.totalPoints()) > 0) {
            throw DomainException.invalid("passMark", "recordaudit.error.passMarkRange", template.totalPoints().toPlainString());
        }
        BigDecimal weight = form.getDischargedWeight() == null ? defaultWeight : form.getDischargedWeight();
        if (weight.compareTo(BigDecimal.ONE) < 0 || weight.compareTo(BigDecimal.valueOf(5)) > 0) {
            throw DomainException.invalid("dischargedWeight", "recordaudit.error.weightRange");
        }
        String title = form.getTitle() != null ? form.getTitle()
                : access.unitName(form.getUnitId()) + " " + month + " " + template.name();
        if (title.length() > 200) {
            throw DomainException.invalid("title", "error.tooLong", 200);
        }
        RecordRound r = new RecordRound(form.getUnitId(), month.atDay(1), template.id(), passMark, weight, title,
                actor.username(), access.now());
        rounds.save(r);
        events.publishEvent(RecordChanged.created(ROUND_TYPE, r.getId(), title, r.snapshot()));
        return roundView(r, new HashMap<>());
    }

    private static YearMonth parseMonth(String month) {
        try {
            return YearMonth.parse(month == null ? "" : month.strip());
        } catch (RuntimeException e) {
            throw DomainException.invalid("month", "recordaudit.error.monthRequired");
        }
    }

    // ---------------------------------------------------------------- audits

    @Transactional(readOnly = true)
    public List<RecordAuditView> auditsOf(Long roundId) {
        RecordRound r = loadRound(roundId);
        access.require(Permissions.QUALITY_READ, r.getUnitId(), null);
        Map<Long, String> names = new HashMap<>();
        return audits.findByRoundIdOrderByIdAsc(roundId).stream().map(a -> view(a, r, names)).toList();
    }

    @Transactional(readOnly = true)
    public Page<RecordAuditView> search(RecordAuditFilter filter, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_READ);
        Map<Long, String> names = new HashMap<>();
        Map<Long, RecordRound> roundCache = new HashMap<>();
        return audits.findAll(spec(actor, filter == null ? RecordAuditFilter.none() : filter), pageable)
                .map(a -> view(a, roundCache.computeIfAbsent(a.getRoundId(), this::loadRound), names));
    }

    @Transactional(readOnly = true)
    public RecordAuditView get(Long id) {
        RecordAudit a = load(id);
        access.require(Permissions.QUALITY_READ, a.getUnitId(), null);
        return view(a, loadRound(a.getRoundId()), new HashMap<>());
    }

    /** What the caller may do on the record: inspect (void), re-check (an inspector other than the corrector), rectify (correct). */
    @Transactional(readOnly = true)
    public Set<String> allowed(Long id) {
        RecordAudit a = load(id);
        Actor actor = CurrentActor.get();
        Set<String> can = new HashSet<>();
        if (access.sees(actor, a.getUnitId())) {
            for (String p : List.of(Permissions.QUALITY_INSPECT, Permissions.QUALITY_RECTIFY)) {
                if (actor.can(p)) {
                    can.add(p);
                }
            }
            if (actor.can(Permissions.QUALITY_INSPECT) && !actor.username().equals(a.getCorrectedBy())) {
                can.add("RECHECK");
            }
        }
        return can;
    }

    public RecordAuditView audit(Long roundId, RecordAuditForm form) {
        RecordRound r = loadRound(roundId);
        Actor actor = access.require(Permissions.QUALITY_INSPECT, r.getUnitId(), null);
        if (form.getRecordNo() == null || form.getRecordNo().isBlank()) {
            throw DomainException.invalid("recordNo", "recordaudit.error.recordNoRequired");
        }
        if (form.getRecordNo().length() > 40) {
            throw DomainException.invalid("recordNo", "error.tooLong", 40);
        }
        if (form.getPatientName() == null || form.getPatientName().isBlank()) {
            throw DomainException.invalid("patientName", "recordaudit.error.patientRequired");
        }
        if (form.getPatientName().length() > 64) {
            throw DomainException.invalid("patientName", "error.tooLong", 64);
        }
        if (form.getLevel() == null) {
            throw DomainException.invalid("level", "recordaudit.error.levelRequired");
        }
        LocalDate on = form.getAuditedOn() == null ? today() : form.getAuditedOn();
        if (on.isAfter(today()) || YearMonth.from(on).isBefore(YearMonth.from(r.getPeriodMonth()))) {
            throw DomainException.invalid("auditedOn", "recordaudit.error.auditedOnRange");
        }
        if (audits.existsByRoundIdAndRecordNoAndLevel(roundId, form.getRecordNo(), form.getLevel())) {
            throw DomainException.invalid("recordNo", "recordaudit.error.duplicate", form.getRecordNo());
        }
        TemplateView template = templates.get(r.getTemplateId());
        Map<Long, TemplateItemView> items = new LinkedHashMap<>();
        template.items().forEach(i -> items.put(i.id(), i));
        List<RecordDefect> defects = new ArrayList<>();
        List<RecordScoring.DefectCount> counts = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (RecordAuditForm.Defect d : form.getDefects()) {
            int occurrences = d.getOccurrences() == null ? 0 : d.getOccurrences();
            if (occurrences < 0 || occurrences > 99) {
                throw DomainException.invalid("defects", "recordaudit.error.occurrencesRange");
            }
            if (occurrences == 0) {
                continue;
            }
            TemplateItemView item = d.getItemId() == null ? null : items.get(d.getItemId());
            if (item == null) {
                throw DomainException.invalid("defects", "recordaudit.error.itemUnknown", d.getItemId());
            }
            if (!seen.add(item.id())) {
                throw DomainException.invalid("defects", "recordaudit.error.itemTwice", item.itemCode());
            }
            if (d.getNote() != null && d.getNote().length() > 500) {
                throw DomainException.invalid("defects", "error.tooLong", 500);
            }
            RecordScoring.DefectCount count = new RecordScoring.DefectCount(item.deductionPerTime(), item.maxPoints(),
                    occurrences, item.veto());
            counts.add(count);
            defects.add(new RecordDefect(item.id(), item.itemCode(), item.text(), occurrences, count.deduction(),
                    item.veto(), d.getNote()));
        }
        RecordScoring.Result result = RecordScoring.score(counts, template.totalPoints(), form.isDischarged(),
                r.getDischargedWeight(), r.getPassMark());
        RecordAudit a = new RecordAudit(r.getId(), r.getUnitId(), form.getRecordNo(), form.getPatientName(),
                form.isDischarged(), form.getLevel(), on, actor.username(), defects, result, access.now());
        audits.save(a);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, a.getId(), summary(a), a.snapshot()));
        publishFacts(a);
        return view(a, r, new HashMap<>());
    }

    /** The unit's correction of a held record (QUALITY_RECTIFY on the record's unit). */
    public RecordAuditView correct(Long id, RecordAuditSteps.Correction body) {
        RecordAudit a = load(id);
        access.require(Permissions.QUALITY_RECTIFY, a.getUnitId(), null);
        StaleEditException.check(body.version(), a.getVersion());
        if (a.getStatus() != RecordAuditStatus.HELD) {
            throw DomainException.conflict("recordaudit.error.notHeld");
        }
        if (body.correction() == null || body.correction().isBlank()) {
            throw DomainException.invalid("correction", "recordaudit.error.correctionRequired");
        }
        if (body.correction().strip().length() > 2000) {
            throw DomainException.invalid("correction", "error.tooLong", 2000);
        }
        Map<String, Object> before = a.snapshot();
        a.correct(body.correction().strip(), CurrentActor.get().username(), access.now());
        return saved(a, before, AuditAction.UPDATE);
    }

    /** The auditor's re-check of a corrected record: accepted lifts the hold, rejected holds it again. */
    public RecordAuditView recheck(Long id, RecordAuditSteps.Recheck body) {
        RecordAudit a = load(id);
        access.require(Permissions.QUALITY_INSPECT, a.getUnitId(), null);
        StaleEditException.check(body.version(), a.getVersion());
        if (a.getStatus() != RecordAuditStatus.CORRECTED) {
            throw DomainException.conflict("recordaudit.error.notCorrected");
        }
        // who corrected the record does not also lift its hold (a head nurse may hold both permissions);
        // the system actor (the demo generator) plays every part
        Actor checker = CurrentActor.get();
        if (!(checker instanceof SystemActor) && checker.username().equals(a.getCorrectedBy())) {
            throw DomainException.conflict("recordaudit.error.ownCorrection");
        }
        if (body.accepted() == null) {
            throw DomainException.invalid("accepted", "recordaudit.error.decisionRequired");
        }
        String note = body.note() == null || body.note().isBlank() ? null : body.note().strip();
        if (!body.accepted() && note == null) {
            throw DomainException.invalid("note", "recordaudit.error.rejectNeedsNote");
        }
        if (note != null && note.length() > 1000) {
            throw DomainException.invalid("note", "error.tooLong", 1000);
        }
        Map<String, Object> before = a.snapshot();
        a.recheck(body.accepted(), note, CurrentActor.get().username(), access.now());
        return saved(a, before, AuditAction.UPDATE);
    }

    /** Takes out an audit entered in error; it stays on record but no longer counts. */
    public RecordAuditView voidAudit(Long id, RecordAuditSteps.Voiding body) {
        RecordAudit a = load(id);
        access.require(Permissions.QUALITY_INSPECT, a.getUnitId(), null);
        StaleEditException.check(body.version(), a.getVersion());
        if (a.getStatus() == RecordAuditStatus.VOID) {
            throw DomainException.conflict("recordaudit.error.alreadyVoid");
        }
        if (body.reason() == null || body.reason().isBlank()) {
            throw DomainException.invalid("reason", "recordaudit.error.reasonRequired");
        }
        if (body.reason().strip().length() > 500) {
            throw DomainException.invalid("reason", "error.tooLong", 500);
        }
        Map<String, Object> before = a.snapshot();
        a.voidWith(body.reason().strip(), access.now());
        RecordAuditView v = saved(a, before, AuditAction.DEACTIVATE);
        events.publishEvent(FactsRecorded.withdrawn(FACT_SOURCE, String.valueOf(a.getId())));
        return v;
    }

    private RecordAuditView saved(RecordAudit a, Map<String, Object> before, AuditAction action) {
        audits.saveAndFlush(a);
        events.publishEvent(RecordChanged.of(action, RECORD_TYPE, a.getId(), summary(a), before, a.snapshot()));
        return view(a, loadRound(a.getRoundId()), new HashMap<>());
    }

    private void publishFacts(RecordAudit a) {
        events.publishEvent(new FactsRecorded(FACT_SOURCE, String.valueOf(a.getId()), List.of(
                Fact.of(AUDITED, a.getUnitId(), a.getAuditedOn(), 1),
                Fact.of(PASSED, a.getUnitId(), a.getAuditedOn(), a.isPassed() ? 1 : 0))));
    }

    // ---------------------------------------------------------------- archive list and analysis

    /** Each sampled record of the filter (by record number and unit) and whether it may be archived. */
    @Transactional(readOnly = true)
    public List<RecordAuditArchiveRow> archiveList(RecordAuditFilter filter) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_READ);
        RecordAuditFilter f = filter == null ? RecordAuditFilter.none()
                : new RecordAuditFilter(filter.unitId(), filter.month(), null, filter.discharged(), filter.recordNo());
        Map<String, List<RecordAudit>> byRecord = new LinkedHashMap<>();
        for (RecordAudit a : audits.findAll(spec(actor, f), Sort.by("unitId", "recordNo", "id"))) {
            if (a.getStatus() != RecordAuditStatus.VOID) {
                byRecord.computeIfAbsent(a.getUnitId() + "|" + a.getRecordNo(), k -> new ArrayList<>()).add(a);
            }
        }
        Map<Long, String> names = new HashMap<>();
        List<RecordAuditArchiveRow> rows = new ArrayList<>();
        byRecord.values().forEach(list -> {
            RecordAudit first = list.get(0);
            RecordAudit holding = list.stream().filter(a -> !a.getStatus().mayArchive()).findFirst().orElse(null);
            BigDecimal lowest = list.stream().map(RecordAudit::getScore).min(Comparator.naturalOrder()).orElse(null);
            rows.add(new RecordAuditArchiveRow(first.getRecordNo(), first.getPatientName(), first.getUnitId(),
                    name(first.getUnitId(), names), list.stream().anyMatch(RecordAudit::isDischarged), list.size(),
                    lowest, holding == null ? list.get(list.size() - 1).getStatus() : holding.getStatus(),
                    holding == null, holding == null ? null : holding.getId()));
        });
        if (filter != null && filter.status() != null) {
            return rows.stream().filter(r -> r.mayArchive() == filter.status().mayArchive()).toList();
        }
        return rows;
    }

    /** Defects of the month (and unit subtree) by checklist item, largest first with the cumulative share. */
    @Transactional(readOnly = true)
    public List<RecordAuditParetoRow> pareto(Long unitId, YearMonth month) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_READ);
        RecordAuditFilter f = new RecordAuditFilter(unitId, month, null, null, null);
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (RecordAudit a : audits.findAll(spec(actor, f))) {
            if (a.getStatus() == RecordAuditStatus.VOID) {
                continue;
            }
            for (RecordDefect d : a.getDefects()) {
                counts.merge(d.getItemCode(), (long) d.getOccurrences(), Long::sum);
                texts.putIfAbsent(d.getItemCode(), d.getItemText());
            }
        }
        return Pareto.of(counts.entrySet().stream()
                .map(e -> new Pareto.Count(e.getKey(), texts.get(e.getKey()), e.getValue())).toList());
    }

    @Transactional(readOnly = true)
    public byte[] export(RecordAuditFilter filter, Locale locale) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_READ);
        List<RecordAudit> found = audits.findAll(spec(actor, filter == null ? RecordAuditFilter.none() : filter),
                Sort.by(Sort.Order.desc("auditedOn"), Sort.Order.desc("id")));
        if (found.size() > EXPORT_LIMIT) {
            found = found.subList(0, EXPORT_LIMIT);
        }
        Map<Long, String> names = new HashMap<>();
        Map<Long, RecordRound> roundCache = new HashMap<>();
        List<List<?>> rows = new ArrayList<>();
        for (RecordAudit a : found) {
            RecordAuditView v = view(a, roundCache.computeIfAbsent(a.getRoundId(), this::loadRound), names);
            rows.add(Arrays.asList(v.id(), v.unitName(), v.recordNo(), v.patientName(),
                    text(v.discharged() ? "recordaudit.discharged" : "recordaudit.inHospital", locale),
                    text("recordaudit.level." + v.level(), locale), v.auditedOn(), v.auditor(),
                    v.defects().stream().map(d -> d.itemCode() + "×" + d.occurrences()).reduce((x, y) -> x + "; " + y).orElse(""),
                    v.rawDeduction(), v.weight(), v.score(), text(v.passed() ? "common.yes" : "common.no", locale),
                    text("recordaudit.status." + v.status(), locale), v.correction(), v.voidReason()));
        }
        List<String> headers = new ArrayList<>();
        for (String k : List.of("id", "unit", "recordNo", "patientName", "discharged", "level", "auditedOn", "auditor",
                "defects", "rawDeduction", "weight", "score", "passed", "status", "correction", "voidReason")) {
            headers.add(text("recordaudit.field." + k, locale));
        }
        return ExcelSheet.write(text("recordaudit.export.sheet", locale), headers, rows);
    }

    @Transactional(readOnly = true)
    public byte[] exportPareto(Long unitId, YearMonth month, Locale locale) {
        List<List<?>> rows = new ArrayList<>();
        for (RecordAuditParetoRow r : pareto(unitId, month)) {
            rows.add(Arrays.asList(r.code(), r.text(), r.count(), r.percent(), r.cumulativePercent()));
        }
        List<String> headers = new ArrayList<>();
        for (String k : List.of("code", "text", "count", "percent", "cumulative")) {
            headers.add(text("recordaudit.pareto." + k, locale));
        }
        return ExcelSheet.write(text("recordaudit.pareto.sheet", locale), headers, rows);
    }

    @Transactional(readOnly = true)
    public byte[] exportArchive(RecordAuditFilter filter, Locale locale) {
        List<List<?>> rows = new ArrayList<>();
        for (RecordAuditArchiveRow r : archiveList(filter)) {
            rows.add(Arrays.asList(r.unitName(), r.recordNo(), r.patientName(),
                    text(r.discharged() ? "recordaudit.discharged" : "recordaudit.inHospital", locale), r.audits(),
                    r.lowestScore(), text("recordaudit.status." + r.worstStatus(), locale),
                    text(r.mayArchive() ? "recordaudit.archive.may" : "recordaudit.archive.hold", locale)));
        }
        List<String> headers = new ArrayList<>();
        for (String k : List.of("unit", "recordNo", "patientName", "discharged", "audits", "score", "status", "archive")) {
            headers.add(text("recordaudit.field." + k, locale));
        }
        return ExcelSheet.write(text("recordaudit.archive.sheet", locale), headers, rows);
    }

    // ---------------------------------------------------------------- internals

    private Specification<RecordAudit> spec(Actor actor, RecordAuditFilter f) {
        Collection<Long> scoped = access.scopedUnitIds(actor);
        Collection<Long> filtered = f.unitId() == null ? null : access.subtree(f.unitId());
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (scoped != null) {
                where.add(scoped.isEmpty() ? cb.disjunction() : root.get("unitId").in(scoped));
            }
            if (filtered != null) {
                where.add(filtered.isEmpty() ? cb.disjunction() : root.get("unitId").in(filtered));
            }
            if (f.month() != null) {
                where.add(cb.between(root.get("auditedOn"), f.month().atDay(1), f.month().atEndOfMonth()));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.discharged() != null) {
                where.add(cb.equal(root.get("discharged"), f.discharged()));
            }
            if (f.recordNo() != null && !f.recordNo().isBlank()) {
                where.add(cb.like(cb.lower(root.get("recordNo")), "%" + f.recordNo().strip().toLowerCase(Locale.ROOT) + "%"));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private RecordRound loadRound(Long id) {
        return rounds.findById(id).orElseThrow(() -> DomainException.notFound("recordaudit.error.roundNotFound", id));
    }

    private RecordAudit load(Long id) {
        return audits.findById(id).orElseThrow(() -> DomainException.notFound("recordaudit.error.notFound", id));
    }

    private String name(Long unitId, Map<Long, String> names) {
        return names.computeIfAbsent(unitId, access::unitName);
    }

    private static String summary(RecordAudit a) {
        return a.getRecordNo() + " " + a.getScore().toPlainString();
    }

    private RecordAuditRoundView roundView(RecordRound r, Map<Long, String> names) {
        List<RecordAudit> list = audits.findByRoundIdOrderByIdAsc(r.getId()).stream()
                .filter(a -> a.getStatus() != RecordAuditStatus.VOID).toList();
        String templateName;
        try {
            templateName = templates.get(r.getTemplateId()).name();
        } catch (DomainException e) {
            templateName = "#" + r.getTemplateId();
        }
        return new RecordAuditRoundView(r.getId(), r.getUnitId(), name(r.getUnitId(), names),
                YearMonth.from(r.getPeriodMonth()).toString(), r.getTemplateId(), templateName, plain(r.getPassMark()),
                plain(r.getDischargedWeight()), r.getTitle(), list.size(), list.stream().filter(RecordAudit::isPassed).count(),
                list.stream().filter(a -> !a.getStatus().mayArchive()).count(), r.getCreatedBy(), r.getCreatedAt(),
                r.getVersion());
    }

    private RecordAuditView view(RecordAudit a, RecordRound r, Map<Long, String> names) {
        return new RecordAuditView(a.getId(), a.getRoundId(), a.getUnitId(), name(a.getUnitId(), names), a.getRecordNo(),
                a.getPatientName(), a.isDischarged(), a.getLevel(), a.getAuditedOn(), a.getAuditor(), a.getRawDeduction(),
                plain(a.getWeight()), a.getWeightedDeduction(), a.getScore(), plain(r.getPassMark()), a.isVetoed(), a.isPassed(),
                a.getStatus(), a.getStatus().mayArchive(), a.getCorrection(), a.getCorrectedBy(), a.getCorrectedAt(),
                a.getRecheckNote(), a.getReleasedBy(), a.getReleasedAt(), a.getVoidReason(),
                a.getDefects().stream().map(d -> new RecordAuditView.DefectLine(d.getItemId(), d.getItemCode(),
                        d.getItemText(), d.getOccurrences(), d.getDeduction(), d.isVeto(), d.getNote())).toList(),
                a.getVersion());
    }

    /** 1.50 → 1.5, 90.0 → 90: factors and marks read as people write them. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
