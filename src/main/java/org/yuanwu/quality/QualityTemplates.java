package org.yuanwu.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.quality.internal.InspectionRepository;
import org.yuanwu.quality.internal.QualityTemplate;
import org.yuanwu.quality.internal.QualityTemplateItem;
import org.yuanwu.quality.internal.QualityTemplateRepository;

/**
 * Checklist templates. A draft, or an active template not yet used, is edited in place; editing an
 * active template that inspections have used makes a new active version and retires the old one,
 * so every inspection keeps the items it was scored on. Activating a version retires the others.
 */
@Service
@Transactional
public class QualityTemplates {

    public static final String RECORD_TYPE = "quality_template";
    static final int MAX_ITEMS = 100;

    private final QualityTemplateRepository templates;
    private final InspectionRepository inspections;
    private final QualityAccess access;
    private final ApplicationEventPublisher events;

    QualityTemplates(QualityTemplateRepository templates, InspectionRepository inspections, QualityAccess access,
                     ApplicationEventPublisher events) {
        this.templates = templates;
        this.inspections = inspections;
        this.access = access;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<TemplateView> list(TemplateStatus status) {
        CurrentActor.require(Permissions.QUALITY_READ);
        return templates.findAllByOrderByFamilyCodeAscTemplateVersionDesc().stream()
                .filter(t -> status == null || t.getStatus() == status).map(this::view).toList();
    }

    /** Active templates, for pickers. */
    @Transactional(readOnly = true)
    public List<TemplateView> active() {
        return list(TemplateStatus.ACTIVE);
    }

    @Transactional(readOnly = true)
    public TemplateView get(Long id) {
        CurrentActor.require(Permissions.QUALITY_READ);
        return view(load(id));
    }

    public TemplateView create(TemplateForm form) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_MANAGE);
        check(form);
        String family = "Q" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT)
                + Integer.toString((int) (Math.random() * 1296), 36).toUpperCase(Locale.ROOT);
        Instant now = access.now();
        QualityTemplate t = new QualityTemplate(family, 1, actor.username(), now);
        t.describe(form.getName().strip(), form.getKind(), blankToNull(form.getDescription()), now);
        t.replaceItems(items(form, family));
        templates.saveAndFlush(t);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, t.getId(), t.getName(), t.snapshot()));
        return view(t);
    }

    /** Saves the edit; returns the template as now stored, which is a new version when the old one was in use. */
    public TemplateView update(Long id, TemplateForm form) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_MANAGE);
        QualityTemplate t = load(id);
        StaleEditException.check(form.getVersion(), t.getVersion());
        if (t.getStatus() == TemplateStatus.RETIRED) {
            throw DomainException.conflict("quality.error.templateRetired");
        }
        check(form);
        Instant now = access.now();
        Map<String, Object> before = t.snapshot();
        if (t.getStatus() == TemplateStatus.ACTIVE && inspections.existsByTemplateId(t.getId())) {
            QualityTemplate next = new QualityTemplate(t.getFamilyCode(), templates.maxVersion(t.getFamilyCode()) + 1,
                    actor.username(), now);
            next.describe(form.getName().strip(), form.getKind(), blankToNull(form.getDescription()), now);
            next.replaceItems(items(form, t.getFamilyCode()));
            next.moveTo(TemplateStatus.ACTIVE, now);
            t.moveTo(TemplateStatus.RETIRED, now);
            templates.saveAndFlush(t);
            templates.saveAndFlush(next);
            events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, t.getId(), t.getName(), before,
                    t.snapshot()));
            events.publishEvent(RecordChanged.created(RECORD_TYPE, next.getId(), next.getName(), next.snapshot()));
            return view(next);
        }
        t.describe(form.getName().strip(), form.getKind(), blankToNull(form.getDescription()), now);
        t.replaceItems(items(form, t.getFamilyCode()));
        templates.saveAndFlush(t);
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, t.getId(), t.getName(), before, t.snapshot()));
        return view(t);
    }

    /** Puts a draft (or a retired version) into use; the family's other active version is retired. */
    public TemplateView activate(Long id, Long version) {
        CurrentActor.require(Permissions.QUALITY_MANAGE);
        QualityTemplate t = load(id);
        StaleEditException.check(version, t.getVersion());
        if (t.getStatus() == TemplateStatus.ACTIVE) {
            throw DomainException.conflict("quality.error.templateAlreadyActive");
        }
        Instant now = access.now();
        for (QualityTemplate other : templates.findAllByOrderByFamilyCodeAscTemplateVersionDesc()) {
            if (other.getFamilyCode().equals(t.getFamilyCode()) && other.getStatus() == TemplateStatus.ACTIVE) {
                other.moveTo(TemplateStatus.RETIRED, now);
                events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, other.getId(), other.getName(),
                        Map.of("status", TemplateStatus.ACTIVE), Map.of("status", TemplateStatus.RETIRED)));
            }
        }
        TemplateStatus from = t.getStatus();
        t.moveTo(TemplateStatus.ACTIVE, now);
        templates.saveAndFlush(t);
        events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, t.getId(), t.getName(),
                Map.of("status", from), Map.of("status", TemplateStatus.ACTIVE)));
        return view(t);
    }

    public TemplateView retire(Long id, Long version) {
        CurrentActor.require(Permissions.QUALITY_MANAGE);
        QualityTemplate t = load(id);
        StaleEditException.check(version, t.getVersion());
        if (t.getStatus() == TemplateStatus.RETIRED) {
            throw DomainException.conflict("quality.error.templateRetired");
        }
        TemplateStatus from = t.getStatus();
        t.moveTo(TemplateStatus.RETIRED, access.now());
        templates.saveAndFlush(t);
        events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, t.getId(), t.getName(),
                Map.of("status", from), Map.of("status", TemplateStatus.RETIRED)));
        return view(t);
    }

    // ---------------------------------------------------------------- internals

    private static void check(TemplateForm form) {
        if (form.getName() == null || form.getName().isBlank()) {
            throw DomainException.invalid("name", "quality.error.nameRequired");
        }
        if (form.getName().length() > 200) {
            throw DomainException.invalid("name", "error.tooLong", 200);
        }
        if (form.getKind() == null) {
            throw DomainException.invalid("kind", "quality.error.kindRequired");
        }
        if (form.getDescription() != null && form.getDescription().length() > 2000) {
            throw DomainException.invalid("description", "error.tooLong", 2000);
        }
        List<TemplateForm.Item> items = form.getItems() == null ? List.of()
                : form.getItems().stream().filter(i -> i != null && !i.blank()).toList();
        if (items.isEmpty()) {
            throw DomainException.invalid("items", "quality.error.itemsRequired");
        }
        if (items.size() > MAX_ITEMS) {
            throw DomainException.invalid("items", "quality.error.tooManyItems", MAX_ITEMS);
        }
        Set<String> codes = new HashSet<>();
        int n = 0;
        for (TemplateForm.Item i : items) {
            n++;
            if (i.getText() == null || i.getText().isBlank() || i.getText().length() > 500) {
                throw DomainException.invalid("items", "quality.error.itemText", n);
            }
            if (i.getMaxPoints() == null || i.getMaxPoints().signum() <= 0 || i.getMaxPoints().compareTo(BigDecimal.valueOf(1000)) > 0) {
                throw DomainException.invalid("items", "quality.error.itemMax", n);
            }
            if (i.getDeductionPerTime() == null || i.getDeductionPerTime().signum() <= 0
                    || i.getDeductionPerTime().compareTo(i.getMaxPoints()) > 0) {
                throw DomainException.invalid("items", "quality.error.itemDeduction", n);
            }
            if (i.getItemCode() != null && !i.getItemCode().isBlank() && !codes.add(i.getItemCode().strip())) {
                throw DomainException.invalid("items", "quality.error.itemCodeTwice", i.getItemCode().strip());
            }
        }
    }

    private static List<QualityTemplateItem> items(TemplateForm form, String family) {
        List<TemplateForm.Item> given = form.getItems().stream().filter(i -> i != null && !i.blank()).toList();
        Set<String> used = new HashSet<>();
        given.forEach(i -> {
            if (i.getItemCode() != null && !i.getItemCode().isBlank()) {
                used.add(i.getItemCode().strip());
            }
        });
        List<QualityTemplateItem> out = new ArrayList<>();
        int pos = 0;
        int seq = 1;
        for (TemplateForm.Item i : given) {
            String code = i.getItemCode() == null || i.getItemCode().isBlank() ? null : i.getItemCode().strip();
            while (code == null) {
                String candidate = family + "-" + seq++;
                if (used.add(candidate)) {
                    code = candidate;
                }
            }
            String section = i.getSection() == null || i.getSection().isBlank() ? "—" : i.getSection().strip();
            out.add(new QualityTemplateItem(pos++, section.length() > 100 ? section.substring(0, 100) : section,
                    code.length() > 40 ? code.substring(0, 40) : code, i.getText().strip(), i.getMaxPoints(),
                    i.getDeductionPerTime(), i.isVeto(), i.isPhotoRequired(), i.isNoteRequired()));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    QualityTemplate load(Long id) {
        return templates.findById(id).orElseThrow(() -> DomainException.notFound("quality.error.templateNotFound", id));
    }

    TemplateView view(QualityTemplate t) {
        return new TemplateView(t.getId(), t.getFamilyCode(), t.getTemplateVersion(), t.getName(), t.getKind(),
                t.getDescription(), t.getStatus(), t.getTotalPoints(),
                t.getItems().stream().map(QualityTemplateItem::view).toList(), inspections.existsByTemplateId(t.getId()),
                t.getVersion(), t.getUpdatedAt());
    }
}
