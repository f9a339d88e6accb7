package org.yuanwu.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.Actor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.indicator.IndicatorCatalog;
import org.yuanwu.indicator.IndicatorView;
import org.yuanwu.indicator.Period;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.UnitView;
import org.yuanwu.plan.internal.CheckedItem;
import org.yuanwu.plan.internal.EvidenceFiles;
import org.yuanwu.plan.internal.Plan;
import org.yuanwu.plan.internal.PlanAttachment;
import org.yuanwu.plan.internal.PlanAttachmentRepository;
import org.yuanwu.plan.internal.PlanItem;
import org.yuanwu.plan.internal.PlanItemRepository;

/**
 * The items of a plan: added, changed and removed while the plan is with its authors; deliverables
 * ticked off and evidence attached once it is approved.
 */
@Service
@Transactional
public class PlanItemService {

    public static final String RECORD_TYPE = "plan_item";
    public static final String ATTACHMENT_RECORD_TYPE = "plan_attachment";
    public static final int MAX_COVERED_UNITS = 200;

    private final PlanItemRepository items;
    private final PlanAttachmentRepository attachments;
    private final PlanAccess access;
    private final OrgUnitService units;
    private final IndicatorCatalog catalog;
    private final ApplicationEventPublisher events;

    PlanItemService(PlanItemRepository items, PlanAttachmentRepository attachments, PlanAccess access,
                    OrgUnitService units, IndicatorCatalog catalog, ApplicationEventPublisher events) {
        this.items = items;
        this.attachments = attachments;
        this.access = access;
        this.units = units;
        this.catalog = catalog;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<PlanItemView> items(Long planId) {
        access.readable(access.load(planId));
        List<PlanItem> list = items.findByPlanIdOrderByPositionAscIdAsc(planId);
        Map<Long, Long> counts = new HashMap<>();
        if (!list.isEmpty()) {
            attachments.countByItem(list.stream().map(PlanItem::getId).toList())
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return list.stream().map(i -> view(i, counts.getOrDefault(i.getId(), 0L))).toList();
    }

    @Transactional(readOnly = true)
    public PlanItemView item(Long planId, Long itemId) {
        access.readable(access.load(planId));
        PlanItem item = load(planId, itemId);
        return view(item, attachments.listByItem(itemId).size());
    }

    public PlanItemView add(Long planId, PlanItemForm form) {
        Plan plan = access.load(planId);
        access.writable(plan);
        access.requireEditable(plan);
        CheckedItem checked = check(plan, form);
        Instant now = Instant.now(access.clock());
        PlanItem item = new PlanItem(planId, items.maxPosition(planId) + 1, now);
        item.apply(checked, now);
        items.save(item);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, item.getId(), summary(plan, item), item.snapshot()));
        return view(item, 0);
    }

    public PlanItemView update(Long planId, Long itemId, PlanItemForm form) {
        Plan plan = access.load(planId);
        access.writable(plan);
        PlanItem item = load(planId, itemId);
        StaleEditException.check(form.getVersion(), item.getVersion());
        access.requireEditable(plan);
        CheckedItem checked = check(plan, form);
        Map<String, Object> before = item.snapshot();
        Instant now = Instant.now(access.clock());
        if (item.apply(checked, now)) {
            items.saveAndFlush(item);
            events.publishEvent(RecordChanged.updated(RECORD_TYPE, itemId, summary(plan, item), before, item.snapshot()));
        }
        return view(item, attachments.listByItem(itemId).size());
    }

    /** Removes an item of a draft or returned plan (nothing has been counted against it yet). */
    public void remove(Long planId, Long itemId, Long version) {
        Plan plan = access.load(planId);
        access.writable(plan);
        PlanItem item = load(planId, itemId);
        StaleEditException.check(version, item.getVersion());
        access.requireEditable(plan);
        if (!attachments.listByItem(itemId).isEmpty()) {
            throw DomainException.conflict("plan.error.itemHasAttachments");
        }
        Map<String, Object> before = item.snapshot();
        items.delete(item);
        items.flush();
        events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, itemId, summary(plan, item), before,
                Map.of("removed", true)));
    }

    /** Ticks a deliverable off as done, or back to not done, while the plan is approved or in progress. */
    public PlanItemView markDone(Long planId, Long itemId, boolean done, Long version) {
        Plan plan = access.load(planId);
        Actor actor = access.writable(plan);
        PlanItem item = load(planId, itemId);
        StaleEditException.check(version, item.getVersion());
        requireTrackedDeliverable(plan, item);
        if (item.isDone() != done) {
            Map<String, Object> before = item.snapshot();
            item.markDone(done, actor.username(), Instant.now(access.clock()));
            items.saveAndFlush(item);
            events.publishEvent(RecordChanged.updated(RECORD_TYPE, itemId, summary(plan, item), before, item.snapshot()));
        }
        return view(item, attachments.listByItem(itemId).size());
    }

    // ---------------------------------------------------------------- evidence

    @Transactional(readOnly = true)
    public List<AttachmentView> attachments(Long planId, Long itemId) {
        access.readable(access.load(planId));
        load(planId, itemId);
        return attachments.listByItem(itemId);
    }

    /**
     * Stores an evidence file of a deliverable: at most 5 MB, and only a PDF, PNG, JPEG, .docx,
     * .xlsx, .pptx or plain text as found in its content. Anything else is refused and nothing is kept.
     */
    public AttachmentView attach(Long planId, Long itemId, String fileName, byte[] content) {
        Plan plan = access.load(planId);
        Actor actor = access.writable(plan);
        PlanItem item = load(planId, itemId);
        requireTrackedDeliverable(plan, item);
        EvidenceFiles.Verdict verdict = EvidenceFiles.check(content);
        if (!verdict.accepted()) {
            throw DomainException.invalid("file", verdict.refusalKey(), EvidenceFiles.MAX_BYTES / (1024 * 1024));
        }
        String name = EvidenceFiles.safeName(fileName, verdict.type());
        PlanAttachment attachment = attachments.save(new PlanAttachment(itemId, name, verdict.contentType(), content,
                actor.username(), Instant.now(access.clock())));
        AttachmentView view = attachment.view();
        events.publishEvent(RecordChanged.created(ATTACHMENT_RECORD_TYPE, attachment.getId(), summary(plan, item) + " / " + name,
                Map.of("itemId", itemId, "fileName", name, "contentType", view.contentType(), "sizeBytes", view.sizeBytes())));
        return view;
    }

    @Transactional(readOnly = true)
    public AttachmentContent download(Long planId, Long itemId, Long attachmentId) {
        access.readable(access.load(planId));
        load(planId, itemId);
        return loadAttachment(itemId, attachmentId).download();
    }

    /** Removes a wrongly attached file while the plan is approved or in progress. */
    public void removeAttachment(Long planId, Long itemId, Long attachmentId) {
        Plan plan = access.load(planId);
        access.writable(plan);
        PlanItem item = load(planId, itemId);
        requireTrackedDeliverable(plan, item);
        PlanAttachment attachment = loadAttachment(itemId, attachmentId);
        AttachmentView view = attachment.view();
        attachments.delete(attachment);
        events.publishEvent(RecordChanged.of(AuditAction.UPDATE, ATTACHMENT_RECORD_TYPE, attachmentId,
                summary(plan, item) + " / " + view.fileName(),
                Map.of("itemId", itemId, "fileName", view.fileName(), "sizeBytes", view.sizeBytes()), Map.of("removed", true)));
    }

    // ---------------------------------------------------------------- checks

    /** Reads and checks a form against the plan; the first problem is thrown beside its field. */
    CheckedItem check(Plan plan, PlanItemForm f) {
        if (f.getText() == null || f.getText().isBlank()) {
            throw DomainException.invalid("text", "plan.error.textRequired");
        }
        tooLong("text", f.getText(), 500);
        tooLong("category", f.getCategory(), 50);
        tooLong("owner", f.getOwner(), 100);
        if (f.getKind() == null) {
            throw DomainException.invalid("kind", "plan.error.kindRequired");
        }
        Period period = plan.period();
        if (f.getDueDate() != null && !period.contains(f.getDueDate())) {
            throw DomainException.invalid("dueDate", "plan.error.dueOutsidePeriod", period.start().toString(),
                    period.end().toString());
        }
        Set<Long> covered = coveredUnits(plan, f.getCoveredUnitIds());
        if (f.getKind() == ItemKind.DELIVERABLE) {
            return new CheckedItem(f.getText(), f.getCategory(), f.getOwner(), f.getDueDate(), covered,
                    ItemKind.DELIVERABLE, null, null, null, null);
        }
        if (f.getIndicatorCode() == null) {
            throw DomainException.invalid("indicatorCode", "plan.error.indicatorRequired");
        }
        IndicatorView indicator = catalog.find(f.getIndicatorCode())
                .orElseThrow(() -> DomainException.invalid("indicatorCode", "plan.error.unknownIndicator", f.getIndicatorCode()));
        if (f.getComparator() == null) {
            throw DomainException.invalid("comparator", "plan.error.comparatorRequired");
        }
        BigDecimal target = number("target", f.getTarget());
        if (indicator.denominator() == null && target.signum() < 0) {
            throw DomainException.invalid("target", "plan.error.countNegative");
        }
        BigDecimal upper = null;
        if (f.getComparator() == TargetComparator.BETWEEN) {
            if (f.getTargetUpper() == null) {
                throw DomainException.invalid("targetUpper", "plan.error.upperRequired");
            }
            upper = number("targetUpper", f.getTargetUpper());
            if (upper.compareTo(target) <= 0) {
                throw DomainException.invalid("targetUpper", "plan.error.badRange", plain(target), plain(upper));
            }
        }
        return new CheckedItem(f.getText(), f.getCategory(), f.getOwner(), f.getDueDate(), covered, ItemKind.INDICATOR,
                indicator.code(), f.getComparator(), target, upper);
    }

    private static void tooLong(String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw DomainException.invalid(field, "error.tooLong", max);
        }
    }

    private static BigDecimal number(String field, String text) {
        if (text == null) {
            throw DomainException.invalid(field, "plan.error.targetRequired");
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.abs().compareTo(new BigDecimal("100000000000000")) >= 0 || value.scale() > 4) {
                throw DomainException.invalid(field, "plan.error.targetPrecision", text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw DomainException.invalid(field, "plan.error.targetNotNumber", text);
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** The plan's unit when none is named; otherwise each must exist, be active, and lie in the plan unit's subtree. */
    private Set<Long> coveredUnits(Plan plan, List<Long> ids) {
        Set<Long> wanted = new LinkedHashSet<>();
        if (ids != null) {
            ids.stream().filter(java.util.Objects::nonNull).forEach(wanted::add);
        }
        if (wanted.isEmpty()) {
            return Set.of(plan.getUnitId());
        }
        if (wanted.size() > MAX_COVERED_UNITS) {
            throw DomainException.invalid("coveredUnitIds", "plan.error.tooManyUnits", MAX_COVERED_UNITS);
        }
        UnitView planUnit = access.unit(plan.getUnitId());
        for (Long id : wanted) {
            UnitView unit = units.find(id)
                    .orElseThrow(() -> DomainException.invalid("coveredUnitIds", "plan.error.unitUnknown", id));
            if (!unit.path().startsWith(planUnit.path())) {
                throw DomainException.invalid("coveredUnitIds", "plan.error.unitOutsidePlan", unit.name(), planUnit.name());
            }
            if (!unit.active()) {
                throw DomainException.invalid("coveredUnitIds", "plan.error.unitInactive", unit.name());
            }
        }
        return wanted;
    }

    private static void requireTrackedDeliverable(Plan plan, PlanItem item) {
        if (item.getKind() != ItemKind.DELIVERABLE) {
            throw DomainException.conflict("plan.error.notDeliverable");
        }
        if (!plan.getStatus().tracking()) {
            throw DomainException.conflict("plan.error.notTracking");
        }
    }

    private PlanItem load(Long planId, Long itemId) {
        return items.findById(itemId).filter(i -> i.getPlanId().equals(planId))
                .orElseThrow(() -> DomainException.notFound("plan.error.itemNotFound", itemId));
    }

    private PlanAttachment loadAttachment(Long itemId, Long attachmentId) {
        return attachments.findById(attachmentId).filter(a -> a.getItemId().equals(itemId))
                .orElseThrow(() -> DomainException.notFound("plan.error.attachmentNotFound", attachmentId));
    }

    private static String summary(Plan plan, PlanItem item) {
        String text = item.getText();
        return plan.getTitle() + " / " + (text.length() > 60 ? text.substring(0, 60) + "…" : text);
    }

    static PlanItemView view(PlanItem i, long attachmentCount) {
        return new PlanItemView(i.getId(), i.getPlanId(), i.getPosition(), i.getText(), i.getCategory(), i.getOwner(),
                i.getDueDate(), List.copyOf(new java.util.TreeSet<>(i.getCoveredUnitIds())), i.getKind(),
                i.getIndicatorCode(), i.getComparator(), i.getTarget(), i.getTargetUpper(), i.isDone(), i.getDoneAt(),
                i.getDoneBy(), attachmentCount, i.getVersion());
    }
}
