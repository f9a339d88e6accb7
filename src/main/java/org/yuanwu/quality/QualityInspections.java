package org.yuanwu.quality;

import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
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
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.UnitView;
import org.yuanwu.quality.internal.CrossAssignments;
import org.yuanwu.quality.internal.Inspection;
import org.yuanwu.quality.internal.InspectionLine;
import org.yuanwu.quality.internal.InspectionRepository;
import org.yuanwu.quality.internal.QualityRound;
import org.yuanwu.quality.internal.QualityRoundRepository;
import org.yuanwu.quality.internal.QualityTemplate;
import org.yuanwu.quality.internal.QualityTemplateItem;
import org.yuanwu.quality.internal.ReviewRecord;
import org.yuanwu.quality.internal.ReviewRecordRepository;
import org.yuanwu.quality.internal.ReviewRules;
import org.yuanwu.quality.internal.Scoring;
import org.yuanwu.quality.internal.StoredFile;
import org.yuanwu.quality.internal.StoredFileRepository;
import org.yuanwu.quality.internal.Uploads;

/**
 * Inspections: ad hoc or from a planned round, scored item by item on the server, then the review
 * chain submit → review → sign-off (which publishes to the inspected unit, turns every deduction
 * into a finding and records the score as facts). Withdrawing a published inspection withdraws its
 * facts and findings with it.
 */
@Service
@Transactional
public class QualityInspections {

    public static final String RECORD_TYPE = "quality_inspection";
    public static final String FACT_SOURCE = "quality.inspection";
    static final int DEFAULT_DEADLINE_DAYS = 7;

    private final InspectionRepository inspections;
    private final ReviewRecordRepository reviews;
    private final QualityRoundRepository rounds;
    private final StoredFileRepository files;
    private final QualityTemplates templates;
    private final QualityFindings findings;
    private final QualityAccess access;
    private final ApplicationEventPublisher events;

    QualityInspections(InspectionRepository inspections, ReviewRecordRepository reviews, QualityRoundRepository rounds,
                       StoredFileRepository files, QualityTemplates templates, QualityFindings findings,
                       QualityAccess access, ApplicationEventPublisher events) {
        this.inspections = inspections;
        this.reviews = reviews;
        this.rounds = rounds;
        this.files = files;
        this.templates = templates;
        this.findings = findings;
        this.access = access;
        this.events = events;
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public Page<InspectionView> search(InspectionFilter filter, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_READ);
        InspectionFilter f = filter == null ? InspectionFilter.none() : filter;
        Collection<Long> scoped = access.scopedUnitIds(actor);
        Collection<Long> wanted = f.unitId() == null ? null : access.subtree(f.unitId());
        List<Long> kindTemplates = f.kind() == null ? null
                : templates.list(null).stream().filter(t -> t.kind() == f.kind()).map(TemplateView::id).toList();
        Specification<Inspection> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (scoped != null) {
                where.add(scoped.isEmpty() ? cb.disjunction()
                        : cb.or(root.get("unitId").in(scoped), root.get("inspectingUnitId").in(scoped)));
            }
            if (wanted != null) {
                where.add(wanted.isEmpty() ? cb.disjunction() : root.get("unitId").in(wanted));
            }
            if (kindTemplates != null) {
                where.add(kindTemplates.isEmpty() ? cb.disjunction() : root.get("templateId").in(kindTemplates));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("inspectionDate"), f.from()));
            }
            if (f.to() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("inspectionDate"), f.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        Map<Long, QualityTemplate> cache = new HashMap<>();
        return inspections.findAll(spec, pageable).map(i -> view(i, cache.computeIfAbsent(i.getTemplateId(), templates::load), false));
    }

    @Transactional(readOnly = true)
    public InspectionView get(Long id) {
        Inspection i = load(id);
        access.require(Permissions.QUALITY_READ, i.getUnitId(), i.getInspectingUnitId());
        return view(i, templates.load(i.getTemplateId()), true);
    }

    @Transactional(readOnly = true)
    public FileContent photo(Long id, Long photoId) {
        Inspection i = load(id);
        access.require(Permissions.QUALITY_READ, i.getUnitId(), i.getInspectingUnitId());
        boolean belongs = i.getLines().stream().anyMatch(l -> photoId.equals(l.getPhotoId()));
        if (!belongs) {
            throw DomainException.notFound("quality.error.fileNotFound", photoId);
        }
        return files.findById(photoId).map(StoredFile::content)
                .orElseThrow(() -> DomainException.notFound("quality.error.fileNotFound", photoId));
    }

    /** What the caller may do now, for showing the buttons that will work. */
    @Transactional(readOnly = true)
    public InspectionActions actions(Long id) {
        Inspection i = load(id);
        Actor actor = access.require(Permissions.QUALITY_READ, i.getUnitId(), i.getInspectingUnitId());
        boolean inScope = access.sees(actor, i.getUnitId()) || access.sees(actor, i.getInspectingUnitId());
        boolean inspect = inScope && actor.can(Permissions.QUALITY_INSPECT);
        boolean notInspector = !Objects.equals(actor.userId(), i.getInspectorId());
        InspectionStatus s = i.getStatus();
        return new InspectionActions(inspect && s == InspectionStatus.DRAFT, inspect && s == InspectionStatus.DRAFT,
                inspect && notInspector && s == InspectionStatus.SUBMITTED,
                inScope && actor.can(Permissions.QUALITY_MANAGE) && notInspector && s == InspectionStatus.REVIEWED
                        && !reviewedBy(i, actor),
                inspect && (s == InspectionStatus.SUBMITTED || s == InspectionStatus.REVIEWED),
                inScope && actor.can(Permissions.QUALITY_MANAGE) && s != InspectionStatus.WITHDRAWN);
    }

    // ---------------------------------------------------------------- creating

    /** An ad hoc inspection of a unit in the inspector's scope, with an active template. */
    public InspectionView create(InspectionForm form) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_INSPECT);
        if (form.getUnitId() == null) {
            throw DomainException.invalid("unitId", "quality.error.unitRequired");
        }
        UnitView unit = access.unit(form.getUnitId());
        if (!access.sees(actor, unit.id())) {
            throw new AccessDeniedProblem();
        }
        QualityTemplate template = activeTemplate(form.getTemplateId());
        LocalDate date = checkedDate(form.getInspectionDate());
        int days = deadlineDays(form.getDeadlineDays());
        Inspection i = new Inspection(template, unit.id(), null, null, date, days, actor.userId(), actor.username(),
                access.now());
        inspections.saveAndFlush(i);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, i.getId(), summary(i, template), i.snapshot()));
        return view(i, template, true);
    }

    /**
     * A planned round under a parent unit in scope. MONTHLY: one inspection of every active ward
     * below it. CROSS: the given ward assignments (a ward inspecting itself is refused), or a
     * rotation when none are given.
     */
    public RoundView createRound(RoundForm form) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_MANAGE);
        if (form.getKind() == null) {
            throw DomainException.invalid("kind", "quality.error.roundKindRequired");
        }
        if (form.getParentUnitId() == null) {
            throw DomainException.invalid("parentUnitId", "quality.error.unitRequired");
        }
        UnitView parent = access.unit(form.getParentUnitId());
        if (!access.sees(actor, parent.id())) {
            throw new AccessDeniedProblem();
        }
        QualityTemplate template = activeTemplate(form.getTemplateId());
        LocalDate date = checkedDate(form.getInspectionDate());
        int days = deadlineDays(form.getDeadlineDays());
        List<Long> wards = access.subtree(parent.id()).stream().map(access::unit)
                .filter(u -> u.active() && u.kind() == OrgUnitKind.WARD).map(UnitView::id).sorted().toList();
        List<CrossAssignments.Pair> pairs;
        if (form.getKind() == RoundKind.MONTHLY) {
            if (wards.isEmpty()) {
                throw DomainException.invalid("parentUnitId", "quality.error.noWards", parent.name());
            }
            pairs = wards.stream().map(w -> new CrossAssignments.Pair(null, w)).toList();
        } else {
            List<RoundForm.Assignment> given = form.getAssignments() == null ? List.of() : form.getAssignments().stream()
                    .filter(a -> a != null && (a.getInspectingUnitId() != null || a.getInspectedUnitId() != null)).toList();
            pairs = given.isEmpty() ? CrossAssignments.rotation(wards)
                    : given.stream().map(a -> new CrossAssignments.Pair(a.getInspectingUnitId(), a.getInspectedUnitId())).toList();
            if (pairs.isEmpty()) {
                throw DomainException.invalid("assignments", "quality.error.crossNeedsTwoWards", parent.name());
            }
            var self = CrossAssignments.selfAssignment(pairs);
            if (self.isPresent()) {
                throw DomainException.invalid("assignments", "quality.error.selfAssignment",
                        access.unitName(self.get().inspectedUnitId()));
            }
            for (CrossAssignments.Pair p : pairs) {
                if (p.inspectingUnitId() == null || p.inspectedUnitId() == null) {
                    throw DomainException.invalid("assignments", "quality.error.assignmentIncomplete");
                }
                for (Long u : List.of(p.inspectingUnitId(), p.inspectedUnitId())) {
                    if (!wards.contains(u)) {
                        throw DomainException.invalid("assignments", "quality.error.assignmentOutside",
                                access.unitName(u), parent.name());
                    }
                }
            }
        }
        String title = form.getTitle() == null || form.getTitle().isBlank()
                ? template.getName() + " " + date : form.getTitle().strip();
        if (title.length() > 200) {
            throw DomainException.invalid("title", "error.tooLong", 200);
        }
        Instant now = access.now();
        QualityRound round = rounds.saveAndFlush(new QualityRound(form.getKind(), title, template.getId(), parent.id(),
                date, actor.username(), now));
        List<InspectionView> made = new ArrayList<>();
        for (CrossAssignments.Pair p : pairs) {
            Inspection i = new Inspection(template, p.inspectedUnitId(), p.inspectingUnitId(), round.getId(), date, days,
                    actor.userId(), actor.username(), now);
            inspections.saveAndFlush(i);
            events.publishEvent(RecordChanged.created(RECORD_TYPE, i.getId(), summary(i, template), i.snapshot()));
            made.add(view(i, template, false));
        }
        return new RoundView(round.getId(), round.getKind(), round.getTitle(), template.getId(), parent.id(), date, made);
    }

    @Transactional(readOnly = true)
    public RoundView round(Long roundId) {
        CurrentActor.require(Permissions.QUALITY_READ);
        QualityRound r = rounds.findById(roundId)
                .orElseThrow(() -> DomainException.notFound("quality.error.roundNotFound", roundId));
        Actor actor = CurrentActor.get();
        QualityTemplate template = templates.load(r.getTemplateId());
        List<InspectionView> list = inspections.findByRoundIdOrderByIdAsc(roundId).stream()
                .filter(i -> access.sees(actor, i.getUnitId()) || access.sees(actor, i.getInspectingUnitId()))
                .map(i -> view(i, template, false)).toList();
        return new RoundView(r.getId(), r.getKind(), r.getTitle(), r.getTemplateId(), r.getParentUnitId(),
                r.getInspectionDate(), list);
    }

    // ---------------------------------------------------------------- scoring

    /** A photo the inspector takes for an item; replaces an earlier one. Images only, at most 5 MB. */
    public InspectionView uploadPhoto(Long id, Long itemId, String fileName, byte[] content) {
        Inspection i = load(id);
        Actor actor = access.require(Permissions.QUALITY_INSPECT, i.getUnitId(), i.getInspectingUnitId());
        requireDraft(i);
        InspectionLine line = i.line(itemId).orElseThrow(() -> DomainException.invalid("itemId", "quality.error.itemUnknown", itemId));
        String type = Uploads.requireImage("photo", content);
        StoredFile file = files.save(new StoredFile(Uploads.cleanName(fileName, "photo"), type, content, actor.username(),
                access.now()));
        line.photo(file.getId());
        inspections.saveAndFlush(i);
        events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, id, "photo", Map.of(),
                Map.of("itemId", itemId, "photoId", file.getId())));
        return view(i, templates.load(i.getTemplateId()), true);
    }

    /**
     * Scores the items given (others keep their score) and recomputes the total. A deduction outside
     * an item's range, or a deduction without the note or photo the item requires, is refused with
     * the item named. Only drafts are scored.
     */
    public InspectionView score(Long id, Long version, List<ScoreLine> lines, String remarks, Integer deadlineDays) {
        return score(id, version, lines, remarks, deadlineDays, Map.of());
    }

    /** A photo taken on the tablet page, sent with the scores. */
    public record Photo(String fileName, byte[] content) {
    }

    /** Scores with photos sent in the same request (the tablet page): photos are stored first, then checked. */
    public InspectionView score(Long id, Long version, List<ScoreLine> lines, String remarks, Integer deadlineDays,
                                Map<Long, Photo> photos) {
        Inspection i = load(id);
        Actor actor = access.require(Permissions.QUALITY_INSPECT, i.getUnitId(), i.getInspectingUnitId());
        StaleEditException.check(version, i.getVersion());
        requireDraft(i);
        for (Map.Entry<Long, Photo> p : photos.entrySet()) {
            InspectionLine line = i.line(p.getKey())
                    .orElseThrow(() -> DomainException.invalid("lines", "quality.error.itemUnknown", p.getKey()));
            String type = Uploads.requireImage("item" + p.getKey(), p.getValue().content());
            StoredFile file = files.save(new StoredFile(Uploads.cleanName(p.getValue().fileName(), "photo"), type,
                    p.getValue().content(), actor.username(), access.now()));
            line.photo(file.getId());
        }
        if (remarks != null && remarks.length() > 2000) {
            throw DomainException.invalid("remarks", "error.tooLong", 2000);
        }
        QualityTemplate template = templates.load(i.getTemplateId());
        Map<Long, QualityTemplateItem> items = new LinkedHashMap<>();
        template.getItems().forEach(it -> items.put(it.getId(), it));
        Map<String, Object> before = i.snapshot();
        for (ScoreLine s : lines == null ? List.<ScoreLine>of() : lines) {
            QualityTemplateItem item = s == null || s.itemId() == null ? null : items.get(s.itemId());
            if (item == null) {
                throw DomainException.invalid("lines", "quality.error.itemUnknown", s == null ? null : s.itemId());
            }
            Scoring.Entry entry = entry(item, s.occurrences(), s.pointsDeducted());
            var problem = Scoring.check(entry);
            if (problem.isPresent()) {
                throw DomainException.invalid("item" + item.getId(), problem.get().messageKey(), item.getText(),
                        item.getMaxPoints().stripTrailingZeros().toPlainString());
            }
            BigDecimal deducted = Scoring.deduction(entry);
            String note = s.note() == null || s.note().isBlank() ? null : s.note().strip();
            if (note != null && note.length() > 1000) {
                throw DomainException.invalid("item" + item.getId(), "error.tooLong", 1000);
            }
            int times = s.occurrences() != null ? s.occurrences()
                    : deducted.signum() > 0 && item.getDeductionPerTime().signum() > 0
                    ? deducted.divide(item.getDeductionPerTime(), 0, java.math.RoundingMode.CEILING).intValue() : 0;
            i.line(item.getId()).orElseThrow().score(times, deducted, note);
        }
        checkRequirements(i, items);
        if (deadlineDays != null) {
            i.setDeadlineDays(deadlineDays(deadlineDays));
        }
        i.scored(Scoring.score(entries(i, items)), remarks, access.now());
        if (!Objects.equals(actor.userId(), i.getInspectorId())) {
            i.inspectedBy(actor.userId(), actor.username());
        }
        inspections.saveAndFlush(i);
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, summary(i, template), before, i.snapshot()));
        return view(i, template, true);
    }

    // ---------------------------------------------------------------- review chain

    /** Runs a review step: SUBMIT, REVIEW, SIGN_OFF (publishes) or RETURN (comment required). */
    public InspectionView step(Long id, ReviewStepKind step, Long version, String comment) {
        if (step == null) {
            throw DomainException.invalid("step", "quality.error.stepRequired");
        }
        Inspection i = load(id);
        Actor actor = switch (step) {
            case SUBMIT, REVIEW, RETURN -> access.require(Permissions.QUALITY_INSPECT, i.getUnitId(), i.getInspectingUnitId());
            case SIGN_OFF -> access.require(Permissions.QUALITY_MANAGE, i.getUnitId(), i.getInspectingUnitId());
        };
        StaleEditException.check(version, i.getVersion());
        String clean = comment == null || comment.isBlank() ? null : comment.strip();
        if (clean != null && clean.length() > 2000) {
            throw DomainException.invalid("comment", "error.tooLong", 2000);
        }
        InspectionStatus from = i.getStatus();
        InspectionStatus to = ReviewRules.next(from, step)
                .orElseThrow(() -> DomainException.conflict("quality.error.stepOrder." + step, from));
        boolean byInspector = Objects.equals(actor.userId(), i.getInspectorId());
        if ((step == ReviewStepKind.REVIEW || step == ReviewStepKind.SIGN_OFF) && byInspector) {
            throw new DomainException(HttpStatus.FORBIDDEN, null, "quality.error.reviewOwn");
        }
        if (step == ReviewStepKind.SIGN_OFF && reviewedBy(i, actor)) {
            // Three levels means three people: whoever reviewed it does not also sign it off.
            throw new DomainException(HttpStatus.FORBIDDEN, null, "quality.error.signOffOwnReview");
        }
        if (step == ReviewStepKind.RETURN && clean == null) {
            throw DomainException.invalid("comment", "quality.error.commentRequired");
        }
        QualityTemplate template = templates.load(i.getTemplateId());
        if (step == ReviewStepKind.SUBMIT) {
            Map<Long, QualityTemplateItem> items = new LinkedHashMap<>();
            template.getItems().forEach(it -> items.put(it.getId(), it));
            checkRequirements(i, items);
        }
        Instant now = access.now();
        i.moveTo(to, now);
        inspections.saveAndFlush(i);
        reviews.save(new ReviewRecord(id, step, actor.userId(), actor.username(), clean, now));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", to);
        after.put("step", step);
        if (clean != null) {
            after.put("comment", clean);
        }
        events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, id, summary(i, template),
                Map.of("status", from), after));
        if (to == InspectionStatus.PUBLISHED) {
            publishFacts(i);
            findings.openFor(i, template);
        }
        return view(i, template, true);
    }

    /** Withdraws an inspection (never deleted): its facts and findings are withdrawn with it. */
    public InspectionView withdraw(Long id, Long version, String reason) {
        Inspection i = load(id);
        access.require(Permissions.QUALITY_MANAGE, i.getUnitId(), i.getInspectingUnitId());
        StaleEditException.check(version, i.getVersion());
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "quality.error.reasonRequired");
        }
        if (reason.length() > 500) {
            throw DomainException.invalid("reason", "error.tooLong", 500);
        }
        if (i.getStatus() == InspectionStatus.WITHDRAWN) {
            throw DomainException.conflict("quality.error.alreadyWithdrawn");
        }
        Map<String, Object> before = i.snapshot();
        i.withdraw(reason.strip(), access.now());
        inspections.saveAndFlush(i);
        QualityTemplate template = templates.load(i.getTemplateId());
        events.publishEvent(RecordChanged.of(AuditAction.DEACTIVATE, RECORD_TYPE, id, summary(i, template), before,
                Map.of("status", InspectionStatus.WITHDRAWN, "reason", reason.strip())));
        events.publishEvent(FactsRecorded.withdrawn(FACT_SOURCE, String.valueOf(id)));
        findings.withdrawFor(i, reason.strip());
        return view(i, template, true);
    }

    // ---------------------------------------------------------------- internals

    private boolean reviewedBy(Inspection i, Actor actor) {
        List<ReviewRecord> steps = reviews.findByInspectionIdOrderByOccurredAtAscIdAsc(i.getId());
        for (int n = steps.size() - 1; n >= 0; n--) {
            if (steps.get(n).getStep() == ReviewStepKind.REVIEW) {
                return Objects.equals(steps.get(n).getActorId(), actor.userId());
            }
        }
        return false;
    }

    private void publishFacts(Inspection i) {
        events.publishEvent(new FactsRecorded(FACT_SOURCE, String.valueOf(i.getId()), List.of(
                Fact.of("quality.inspections", i.getUnitId(), i.getInspectionDate(), 1),
                new Fact("quality.score_points", i.getUnitId(), i.getInspectionDate(), i.getPercentage()))));
    }

    /** Every deducted item has the note and photo its template asks for. */
    private void checkRequirements(Inspection i, Map<Long, QualityTemplateItem> items) {
        for (InspectionLine l : i.getLines()) {
            QualityTemplateItem item = items.get(l.getTemplateItemId());
            if (item == null || l.getDeducted().signum() <= 0) {
                continue;
            }
            if (item.isNoteRequired() && (l.getNote() == null || l.getNote().isBlank())) {
                throw DomainException.invalid("item" + item.getId(), "quality.error.noteRequired", item.getText());
            }
            if (item.isPhotoRequired() && l.getPhotoId() == null) {
                throw DomainException.invalid("item" + item.getId(), "quality.error.photoRequired", item.getText());
            }
        }
    }

    private static Scoring.Entry entry(QualityTemplateItem item, Integer occurrences, BigDecimal points) {
        return new Scoring.Entry(item.getItemCode(), item.getMaxPoints(), item.getDeductionPerTime(), item.isVeto(),
                occurrences, points);
    }

    private static List<Scoring.Entry> entries(Inspection i, Map<Long, QualityTemplateItem> items) {
        List<Scoring.Entry> out = new ArrayList<>();
        for (InspectionLine l : i.getLines()) {
            QualityTemplateItem item = items.get(l.getTemplateItemId());
            out.add(entry(item, null, l.getDeducted()));
        }
        return out;
    }

    private QualityTemplate activeTemplate(Long templateId) {
        if (templateId == null) {
            throw DomainException.invalid("templateId", "quality.error.templateRequired");
        }
        QualityTemplate t = templates.load(templateId);
        if (t.getStatus() != TemplateStatus.ACTIVE) {
            throw DomainException.invalid("templateId", "quality.error.templateNotActive", t.getName());
        }
        return t;
    }

    private LocalDate checkedDate(LocalDate date) {
        if (date == null) {
            throw DomainException.invalid("inspectionDate", "quality.error.dateRequired");
        }
        if (date.isAfter(access.today().plusYears(1)) || date.getYear() < 2000) {
            throw DomainException.invalid("inspectionDate", "quality.error.dateRange");
        }
        return date;
    }

    private static int deadlineDays(Integer days) {
        if (days == null) {
            return DEFAULT_DEADLINE_DAYS;
        }
        if (days < 1 || days > 180) {
            throw DomainException.invalid("deadlineDays", "quality.error.deadlineDays");
        }
        return days;
    }

    private static void requireDraft(Inspection i) {
        if (i.getStatus() != InspectionStatus.DRAFT) {
            throw DomainException.conflict("quality.error.notDraft");
        }
    }

    private Inspection load(Long id) {
        return inspections.findById(id).orElseThrow(() -> DomainException.notFound("quality.error.inspectionNotFound", id));
    }

    private String summary(Inspection i, QualityTemplate t) {
        return t.getName() + " · " + access.unitName(i.getUnitId()) + " · " + i.getInspectionDate();
    }

    InspectionView view(Inspection i, QualityTemplate t, boolean detail) {
        List<InspectionLineView> lines = List.of();
        List<ReviewStepView> steps = List.of();
        if (detail) {
            Map<Long, InspectionLine> byItem = new HashMap<>();
            i.getLines().forEach(l -> byItem.put(l.getTemplateItemId(), l));
            lines = t.getItems().stream().map(it -> {
                InspectionLine l = byItem.get(it.getId());
                return new InspectionLineView(it.getId(), it.getSection(), it.getItemCode(), it.getText(),
                        it.getMaxPoints(), it.getDeductionPerTime(), it.isVeto(), it.isPhotoRequired(), it.isNoteRequired(),
                        l == null ? 0 : l.getOccurrences(), l == null ? BigDecimal.ZERO : l.getDeducted(),
                        l == null ? null : l.getNote(), l == null ? null : l.getPhotoId());
            }).toList();
            steps = reviews.findByInspectionIdOrderByOccurredAtAscIdAsc(i.getId()).stream().map(ReviewRecord::view).toList();
        }
        return new InspectionView(i.getId(), t.getId(), t.getName(), t.getTemplateVersion(), i.getUnitId(),
                access.unitName(i.getUnitId()), i.getInspectingUnitId(), access.unitName(i.getInspectingUnitId()),
                i.getRoundId(), i.getInspectionDate(), i.getDeadlineDays(), i.getStatus(), i.getInspector(),
                i.getRawScore(), i.getMaxScore(), i.getPercentage(), i.isVetoed(), i.getRemarks(), i.getPublishedAt(),
                i.getWithdrawnReason(), i.getVersion(), lines, steps);
    }
}
