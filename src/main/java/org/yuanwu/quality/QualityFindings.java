package org.yuanwu.quality;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.indicator.Fact;
import org.yuanwu.indicator.FactsRecorded;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffView;
import org.yuanwu.quality.internal.Finding;
import org.yuanwu.quality.internal.FindingRepository;
import org.yuanwu.quality.internal.FindingRules;
import org.yuanwu.quality.internal.Inspection;
import org.yuanwu.quality.internal.InspectionLine;
import org.yuanwu.quality.internal.InspectionRepository;
import org.yuanwu.quality.internal.QualityTemplate;
import org.yuanwu.quality.internal.QualityTemplateItem;
import org.yuanwu.quality.internal.StoredFile;
import org.yuanwu.quality.internal.StoredFileRepository;
import org.yuanwu.quality.internal.Uploads;

/**
 * The rectification loop. Each deduction of a published inspection is a finding of the inspected
 * unit, due after the inspection's deadline days. The unit answers with corrective action and
 * evidence (required); the inspector accepts (closed) or rejects with a reason (open again). When
 * the same item failed in the same unit within the recurrence window, the finding is flagged and
 * cannot be closed before the head of the unit has answered for it. Each finding counts for the
 * on-time rectification rate on its deadline day; its facts are re-published on every change.
 */
@Service
@Transactional
public class QualityFindings {

    public static final String RECORD_TYPE = "quality_finding";
    public static final String FACT_SOURCE = "quality.finding";
    static final List<FindingStatus> UNCLOSED = List.of(FindingStatus.OPEN, FindingStatus.ANSWERED);

    private final FindingRepository findings;
    private final InspectionRepository inspections;
    private final StoredFileRepository files;
    private final StaffService staff;
    private final QualityAccess access;
    private final ApplicationEventPublisher events;
    private final int recurrenceWindowDays;

    QualityFindings(FindingRepository findings, InspectionRepository inspections, StoredFileRepository files,
                    StaffService staff, QualityAccess access, ApplicationEventPublisher events,
                    @Value("${yuanwu.quality.recurrence-window-days:90}") int recurrenceWindowDays) {
        this.findings = findings;
        this.inspections = inspections;
        this.files = files;
        this.staff = staff;
        this.access = access;
        this.events = events;
        this.recurrenceWindowDays = recurrenceWindowDays;
    }

    public int recurrenceWindowDays() {
        return recurrenceWindowDays;
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public Page<FindingView> search(FindingFilter filter, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_READ);
        return findings.findAll(spec(actor, filter == null ? FindingFilter.none() : filter), pageable).map(this::view);
    }

    /** All matching findings (bounded), for the Excel export. */
    @Transactional(readOnly = true)
    public List<FindingView> export(FindingFilter filter) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_READ);
        return findings.findAll(spec(actor, filter == null ? FindingFilter.none() : filter),
                        org.springframework.data.domain.PageRequest.of(0, 10000, Sort.by("deadline", "id")))
                .map(this::view).getContent();
    }

    @Transactional(readOnly = true)
    public FindingView get(Long id) {
        Finding f = load(id);
        access.require(Permissions.QUALITY_READ, f.getUnitId(), inspectingUnit(f));
        return view(f);
    }

    @Transactional(readOnly = true)
    public List<FindingView> ofInspection(Long inspectionId) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_READ);
        return findings.findByInspectionIdOrderByIdAsc(inspectionId).stream()
                .filter(f -> access.sees(actor, f.getUnitId()) || access.sees(actor, inspectingUnit(f)))
                .map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public FileContent evidence(Long id) {
        Finding f = load(id);
        access.require(Permissions.QUALITY_READ, f.getUnitId(), inspectingUnit(f));
        if (f.getEvidenceId() == null) {
            throw DomainException.notFound("quality.error.fileNotFound", id);
        }
        return files.findById(f.getEvidenceId()).map(StoredFile::content)
                .orElseThrow(() -> DomainException.notFound("quality.error.fileNotFound", id));
    }

    /** Findings still open or answered in the unit and every unit below it (no permission check: for other modules). */
    @Transactional(readOnly = true)
    public long openCount(Long unitId) {
        Map<FindingStatus, Long> byStatus = countByStatus(unitId);
        return byStatus.getOrDefault(FindingStatus.OPEN, 0L) + byStatus.getOrDefault(FindingStatus.ANSWERED, 0L);
    }

    /** Counts for the unit's subtree (no permission check: for dashboards and the year-end summary). */
    @Transactional(readOnly = true)
    public FindingCounts counts(Long unitId) {
        Map<FindingStatus, Long> byStatus = countByStatus(unitId);
        List<Long> ids = access.subtree(unitId);
        return new FindingCounts(byStatus.getOrDefault(FindingStatus.OPEN, 0L),
                byStatus.getOrDefault(FindingStatus.ANSWERED, 0L),
                ids.isEmpty() ? 0 : findings.countOverdue(ids, UNCLOSED, access.today()),
                ids.isEmpty() ? 0 : findings.countRecurrences(ids),
                byStatus.getOrDefault(FindingStatus.ACCEPTED, 0L));
    }

    /** {@link #counts} for a unit in the caller's scope (the API and pages). */
    @Transactional(readOnly = true)
    public FindingCounts countsFor(Long unitId) {
        access.require(Permissions.QUALITY_READ, unitId, null);
        return counts(unitId);
    }

    private Map<FindingStatus, Long> countByStatus(Long unitId) {
        List<Long> ids = access.subtree(unitId);
        Map<FindingStatus, Long> out = new HashMap<>();
        if (!ids.isEmpty()) {
            findings.countByStatus(ids).forEach(r -> out.put((FindingStatus) r[0], (Long) r[1]));
        }
        return out;
    }

    // ---------------------------------------------------------------- the loop

    /** The unit answers: corrective action and evidence (an image or PDF; required unless one is already attached). */
    public FindingView answer(Long id, Long version, String action, Long responsibleStaffId, String fileName,
                              byte[] evidence) {
        Finding f = load(id);
        Actor actor = access.require(Permissions.QUALITY_RECTIFY, f.getUnitId(), null);
        StaleEditException.check(version, f.getVersion());
        if (f.getStatus() != FindingStatus.OPEN) {
            throw DomainException.conflict("quality.error.findingNotOpen");
        }
        if (action == null || action.isBlank()) {
            throw DomainException.invalid("correctiveAction", "quality.error.actionRequired");
        }
        if (action.length() > 2000) {
            throw DomainException.invalid("correctiveAction", "error.tooLong", 2000);
        }
        Long staffId = checkedStaff(f, responsibleStaffId);
        Long evidenceId = f.getEvidenceId();
        if (evidence != null && evidence.length > 0) {
            String type = Uploads.requireEvidence("evidence", evidence);
            evidenceId = files.save(new StoredFile(Uploads.cleanName(fileName, "evidence"), type, evidence,
                    actor.username(), access.now())).getId();
        }
        if (evidenceId == null) {
            throw DomainException.invalid("evidence", "quality.error.evidenceRequired");
        }
        Map<String, Object> before = f.snapshot();
        f.answer(action.strip(), evidenceId, staffId, actor.username(), access.now());
        return saved(f, before, AuditAction.UPDATE);
    }

    /** The head of the unit answers for a recurrence (who is accountable, what changes so it does not return). */
    public FindingView accountability(Long id, Long version, String text) {
        Finding f = load(id);
        Actor actor = access.require(Permissions.QUALITY_RECTIFY, f.getUnitId(), null);
        StaleEditException.check(version, f.getVersion());
        if (!f.isRecurrence()) {
            throw DomainException.conflict("quality.error.notRecurrence");
        }
        if (f.getStatus() == FindingStatus.ACCEPTED || f.getStatus() == FindingStatus.WITHDRAWN) {
            throw DomainException.conflict("quality.error.findingClosed");
        }
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("accountability", "quality.error.accountabilityRequired");
        }
        if (text.length() > 2000) {
            throw DomainException.invalid("accountability", "error.tooLong", 2000);
        }
        Map<String, Object> before = f.snapshot();
        f.accountable(text.strip(), actor.username(), access.now());
        return saved(f, before, AuditAction.UPDATE);
    }

    /** The inspector's verdict on an answer: accept (closed) or reject with a reason (open again). */
    public FindingView verify(Long id, Long version, boolean accept, String reason) {
        Finding f = load(id);
        // another module's finding is verified by the office that opened it, never by the unit itself
        Actor actor = f.isExternal() ? access.require(Permissions.QUALITY_INSPECT, f.getVerifierUnitId(), null)
                : access.require(Permissions.QUALITY_INSPECT, f.getUnitId(), inspectingUnit(f));
        StaleEditException.check(version, f.getVersion());
        if (f.getStatus() != FindingStatus.ANSWERED) {
            throw DomainException.conflict("quality.error.findingNotAnswered");
        }
        Map<String, Object> before = f.snapshot();
        if (accept) {
            if (f.getEvidenceId() == null) {
                throw DomainException.conflict("quality.error.evidenceRequired");
            }
            if (f.isRecurrence() && (f.getAccountability() == null || f.getAccountability().isBlank())) {
                throw DomainException.conflict("quality.error.accountabilityMissing");
            }
            f.accept(actor.username(), access.now(), access.today());
            if (f.isExternal()) {
                FindingView closed = saved(f, before, AuditAction.UPDATE);
                events.publishEvent(new ExternalFindingClosed(f.getSourceType(), f.getSourceId(), f.getId()));
                return closed;
            }
        } else {
            if (reason == null || reason.isBlank()) {
                throw DomainException.invalid("reason", "quality.error.rejectReasonRequired");
            }
            if (reason.length() > 1000) {
                throw DomainException.invalid("reason", "error.tooLong", 1000);
            }
            f.reject(reason.strip(), actor.username(), access.now());
        }
        return saved(f, before, AuditAction.UPDATE);
    }

    /** The inspector sets the responsible person and the deadline of an open finding. */
    public FindingView assign(Long id, Long version, Long responsibleStaffId, LocalDate deadline) {
        Finding f = load(id);
        access.require(Permissions.QUALITY_INSPECT, f.getUnitId(), inspectingUnit(f));
        StaleEditException.check(version, f.getVersion());
        if (f.getStatus() == FindingStatus.ACCEPTED || f.getStatus() == FindingStatus.WITHDRAWN) {
            throw DomainException.conflict("quality.error.findingClosed");
        }
        Long staffId = checkedStaff(f, responsibleStaffId);
        if (deadline != null && deadline.isBefore(originDate(f))) {
            throw DomainException.invalid("deadline", "quality.error.deadlineBeforeInspection");
        }
        Map<String, Object> before = f.snapshot();
        f.assign(staffId, deadline, access.now());
        return saved(f, before, AuditAction.UPDATE);
    }

    // ---------------------------------------------------------------- from other modules

    /**
     * Opens a finding for another module's record in the same loop (answer with evidence, verification by the
     * opening office, overdue, recurrence by source type + item key in the unit within the window). The caller
     * module has checked its own permission; the verifier office and the unit must exist. Nothing is written
     * when a field is refused.
     */
    public FindingView openFromSource(ExternalFindingRequest request) {
        Actor actor = CurrentActor.get();
        ExternalFindingRequest r = request;
        if (r.sourceType() == null || r.sourceType().isBlank() || r.sourceType().length() > 40) {
            throw DomainException.invalid("sourceType", "quality.error.sourceTypeRequired");
        }
        if (r.sourceId() == null || r.sourceId().isBlank() || r.sourceId().length() > 64) {
            throw DomainException.invalid("sourceId", "quality.error.sourceIdRequired");
        }
        if (r.unitId() == null) {
            throw DomainException.invalid("unitId", "quality.error.unitRequired");
        }
        access.unit(r.unitId());
        if (r.verifierUnitId() == null) {
            throw DomainException.invalid("verifierUnitId", "quality.error.verifierRequired");
        }
        access.unit(r.verifierUnitId());
        if (r.itemKey() == null || r.itemKey().isBlank() || r.itemKey().length() > 40) {
            throw DomainException.invalid("itemKey", "quality.error.itemKeyRequired");
        }
        if (r.description() == null || r.description().isBlank()) {
            throw DomainException.invalid("description", "quality.error.descriptionRequired");
        }
        if (r.description().strip().length() > 1500) {
            throw DomainException.invalid("description", "error.tooLong", 1500);
        }
        if (r.correctiveAction() != null && r.correctiveAction().length() > 2000) {
            throw DomainException.invalid("correctiveAction", "error.tooLong", 2000);
        }
        LocalDate today = access.today();
        if (r.deadline() == null) {
            throw DomainException.invalid("deadline", "quality.error.deadlineRequired");
        }
        if (r.deadline().isBefore(today)) {
            throw DomainException.invalid("deadline", "quality.error.deadlineInPast");
        }
        Long staffId = checkedStaff(r.unitId(), r.responsibleStaffId());
        String itemKey = r.itemKey().strip();
        List<Finding> earlier = findings.earlierFromSource(r.unitId(), r.sourceType(), itemKey,
                today.minusDays(recurrenceWindowDays), today);
        Long recurrenceOf = earlier.stream().findFirst().map(Finding::getId).orElse(null);
        String action = r.correctiveAction() == null || r.correctiveAction().isBlank() ? null : r.correctiveAction().strip();
        Finding f = Finding.fromSource(r.sourceType(), r.sourceId(), r.unitId(), itemKey, r.description().strip(),
                staffId, today, r.deadline(), action, r.verifierUnitId(), recurrenceOf,
                actor == null ? null : actor.username(), access.now());
        findings.saveAndFlush(f);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, f.getId(), f.getDescription(), f.snapshot()));
        publishFacts(f);
        return view(f);
    }

    /** Findings opened for one source record, oldest first (no permission check: for the source module's pages). */
    @Transactional(readOnly = true)
    public List<FindingView> fromSource(String sourceType, String sourceId) {
        return findings.findBySourceTypeAndSourceIdOrderByIdAsc(sourceType, sourceId).stream().map(this::view).toList();
    }

    // ---------------------------------------------------------------- from inspections

    /** Opens a finding for every deduction of a just-published inspection, flagging recurrences. */
    void openFor(Inspection inspection, QualityTemplate template) {
        Map<Long, QualityTemplateItem> items = new HashMap<>();
        template.getItems().forEach(i -> items.put(i.getId(), i));
        LocalDate date = inspection.getInspectionDate();
        LocalDate deadline = date.plusDays(inspection.getDeadlineDays());
        for (InspectionLine line : inspection.getLines()) {
            if (line.getDeducted().signum() <= 0) {
                continue;
            }
            QualityTemplateItem item = items.get(line.getTemplateItemId());
            List<Finding> earlier = findings.earlier(inspection.getUnitId(), item.getItemCode(), inspection.getId(),
                    date.minusDays(recurrenceWindowDays), date);
            Long recurrenceOf = earlier.stream().findFirst().map(Finding::getId).orElse(null);
            String description = item.getText() + (line.getNote() == null ? "" : "：" + line.getNote());
            if (description.length() > 1500) {
                description = description.substring(0, 1500);
            }
            Finding f = new Finding(inspection.getId(), line.getId(), inspection.getUnitId(), item.getItemCode(),
                    description, line.getDeducted(), deadline, recurrenceOf, access.now());
            findings.saveAndFlush(f);
            events.publishEvent(RecordChanged.created(RECORD_TYPE, f.getId(), description, f.snapshot()));
            publishFacts(f);
        }
    }

    void withdrawFor(Inspection inspection, String reason) {
        for (Finding f : findings.findByInspectionIdOrderByIdAsc(inspection.getId())) {
            if (f.getStatus() == FindingStatus.WITHDRAWN) {
                continue;
            }
            Map<String, Object> before = f.snapshot();
            f.withdraw(reason, access.now());
            saved(f, before, AuditAction.DEACTIVATE);
        }
    }

    // ---------------------------------------------------------------- internals

    private FindingView saved(Finding f, Map<String, Object> before, AuditAction action) {
        findings.saveAndFlush(f);
        events.publishEvent(RecordChanged.of(action, RECORD_TYPE, f.getId(), f.getDescription(), before, f.snapshot()));
        publishFacts(f);
        return view(f);
    }

    private void publishFacts(Finding f) {
        if (f.getStatus() == FindingStatus.WITHDRAWN) {
            events.publishEvent(FactsRecorded.withdrawn(FACT_SOURCE, String.valueOf(f.getId())));
            return;
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("quality.rectifications_due", f.getUnitId(), f.getDeadline(), 1));
        facts.add(Fact.of("quality.rectified_on_time", f.getUnitId(), f.getDeadline(),
                FindingRules.closedOnTime(f.getStatus(), f.getClosedOn(), f.getDeadline()) ? 1 : 0));
        events.publishEvent(new FactsRecorded(FACT_SOURCE, String.valueOf(f.getId()), facts));
    }

    private Long checkedStaff(Finding f, Long staffId) {
        return checkedStaff(f.getUnitId(), staffId);
    }

    private Long checkedStaff(Long unitId, Long staffId) {
        if (staffId == null) {
            return null;
        }
        StaffView s = staff.find(staffId)
                .orElseThrow(() -> DomainException.invalid("responsibleStaffId", "quality.error.staffUnknown", staffId));
        if (!Objects.equals(s.unitId(), unitId)) {
            throw DomainException.invalid("responsibleStaffId", "quality.error.staffOtherUnit", s.name());
        }
        return s.id();
    }

    private Inspection inspectionOf(Finding f) {
        return inspections.findById(f.getInspectionId()).orElseThrow();
    }

    /** The unit whose people verify the answer: the inspecting unit, or the office that opened it. */
    private Long inspectingUnit(Finding f) {
        return f.isExternal() ? f.getVerifierUnitId() : inspectionOf(f).getInspectingUnitId();
    }

    /** The inspection day, or the day another module opened it. */
    private LocalDate originDate(Finding f) {
        return f.isExternal() ? f.getOpenedOn() : inspectionOf(f).getInspectionDate();
    }

    private Finding load(Long id) {
        return findings.findById(id).orElseThrow(() -> DomainException.notFound("quality.error.findingNotFound", id));
    }

    private Specification<Finding> spec(Actor actor, FindingFilter f) {
        Collection<Long> scoped = access.scopedUnitIds(actor);
        Collection<Long> wanted = f.unitId() == null ? null : access.subtree(f.unitId());
        LocalDate today = access.today();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (scoped != null) {
                where.add(scoped.isEmpty() ? cb.disjunction() : root.get("unitId").in(scoped));
            }
            if (wanted != null) {
                where.add(wanted.isEmpty() ? cb.disjunction() : root.get("unitId").in(wanted));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (Boolean.TRUE.equals(f.overdue())) {
                where.add(root.get("status").in(UNCLOSED));
                where.add(cb.lessThan(root.get("deadline"), today));
            }
            if (Boolean.TRUE.equals(f.recurrence())) {
                where.add(cb.isTrue(root.get("recurrence")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    FindingView view(Finding f) {
        String staffName = f.getResponsibleStaffId() == null ? null
                : staff.find(f.getResponsibleStaffId()).map(StaffView::name).orElse(null);
        return new FindingView(f.getId(), f.getInspectionId(), f.getUnitId(), access.unitName(f.getUnitId()),
                f.getItemCode(), f.getDescription(), f.getPointsLost(), f.getResponsibleStaffId(), staffName,
                f.getDeadline(), f.getStatus(), FindingRules.overdue(f.getStatus(), f.getDeadline(), access.today()),
                f.getCorrectiveAction(), f.getEvidenceId(), f.getAnsweredBy(), f.getAnsweredAt(), f.getRejectReason(),
                f.getVerifiedBy(), f.getVerifiedAt(), f.getClosedOn(), f.isRecurrence(), f.getRecurrenceOfId(),
                f.getAccountability(), f.getAccountabilityBy(), originDate(f), f.getVersion(),
                f.getSourceType(), f.getSourceId(), f.getVerifierUnitId(), access.unitName(f.getVerifierUnitId()));
    }
}
