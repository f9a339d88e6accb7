package org.yuanwu.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DataScope;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.training.internal.skill.SheetRules;
import org.yuanwu.training.internal.skill.Skill;
import org.yuanwu.training.internal.skill.SkillAssessmentRepository;
import org.yuanwu.training.internal.skill.SkillItem;
import org.yuanwu.training.internal.skill.SkillItemRepository;
import org.yuanwu.training.internal.skill.SkillRepository;
import org.yuanwu.training.internal.skill.SkillSheet;
import org.yuanwu.training.internal.skill.SkillSheetRepository;

/**
 * The hospital's skill catalogue and each skill's scoring sheet. The catalogue is the hospital's,
 * so it is edited by TRAINING_WRITE users whose scope is wider than one unit (the nursing
 * department). A sheet that has scored anyone is never changed: saving it makes a new version.
 */
@Service
@Transactional
public class SkillService {

    public static final String RECORD_TYPE = "training_skill";
    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("80");

    private final SkillRepository skills;
    private final SkillSheetRepository sheets;
    private final SkillItemRepository items;
    private final SkillAssessmentRepository assessments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SkillService(SkillRepository skills, SkillSheetRepository sheets, SkillItemRepository items,
                 SkillAssessmentRepository assessments, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.skills = skills;
        this.sheets = sheets;
        this.items = items;
        this.assessments = assessments;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public List<SkillView> list(boolean includeWithdrawn) {
        CurrentActor.require(Permissions.TRAINING_READ);
        List<Skill> list = includeWithdrawn ? skills.findAllByOrderBySortOrderAscIdAsc()
                : skills.findByActiveTrueOrderBySortOrderAscIdAsc();
        Map<Long, SkillSheet> current = new HashMap<>();
        sheets.findByCurrentTrue().forEach(s -> current.put(s.getSkillId(), s));
        Map<Long, List<SkillItem>> itemsBySheet = new HashMap<>();
        items.findBySheetIdIn(current.values().stream().map(SkillSheet::getId).toList())
                .forEach(i -> itemsBySheet.computeIfAbsent(i.getSheetId(), k -> new java.util.ArrayList<>()).add(i));
        return list.stream().map(s -> {
            SkillSheet sheet = current.get(s.getId());
            return view(s, sheet, sheet == null ? List.of() : itemsBySheet.getOrDefault(sheet.getId(), List.of()));
        }).toList();
    }

    @Transactional(readOnly = true)
    public SkillView get(Long id) {
        CurrentActor.require(Permissions.TRAINING_READ);
        return view(load(id));
    }

    /** The sheet new assessments of the skill use. */
    @Transactional(readOnly = true)
    public SkillSheetView currentSheet(Long skillId) {
        CurrentActor.require(Permissions.TRAINING_READ);
        load(skillId);
        return sheetView(currentOf(skillId));
    }

    /** Every version of the skill's sheet, newest first. */
    @Transactional(readOnly = true)
    public List<SkillSheetView> sheetHistory(Long skillId) {
        CurrentActor.require(Permissions.TRAINING_READ);
        load(skillId);
        return sheets.findBySkillIdOrderBySheetVersionDesc(skillId).stream().map(this::sheetView).toList();
    }

    @Transactional(readOnly = true)
    public SkillSheetView sheet(Long skillId, Long sheetId) {
        CurrentActor.require(Permissions.TRAINING_READ);
        return sheets.findById(sheetId).filter(s -> s.getSkillId().equals(skillId)).map(this::sheetView)
                .orElseThrow(() -> DomainException.notFound("training.error.sheetNotFound", String.valueOf(sheetId)));
    }

    /** Whether the current user may edit the catalogue (for showing the buttons that will work). */
    public boolean mayEdit() {
        Actor actor = CurrentActor.get();
        return actor.can(Permissions.TRAINING_WRITE) && actor.dataScope() != DataScope.OWN_UNIT;
    }

    // ---------------------------------------------------------------- editing

    /** A new skill starts with the general sheet of {@link #defaultSheet()}, to be edited. */
    public SkillView create(SkillForm form) {
        Actor actor = editor();
        check(form);
        if (skills.existsByCode(form.getCode())) {
            throw DomainException.invalid("code", "training.error.skillCodeTaken", form.getCode());
        }
        return seed(form, skills.maxSortOrder() + 1, defaultSheet(), actor.username());
    }

    /** Adds a skill with its first sheet, without a permission check: for create and the first-start catalogue loader. */
    public SkillView seed(SkillForm form, int sortOrder, List<SkillItemForm> sheetItems, String by) {
        Instant now = Instant.now(clock);
        Skill s = new Skill(sortOrder, now);
        s.apply(form, now);
        skills.save(s);
        SkillSheet sheet = sheets.save(new SkillSheet(s.getId(), 1, by, now));
        SheetRules.check(sheetItems).forEach(line -> items.save(new SkillItem(sheet.getId(), line)));
        events.publishEvent(RecordChanged.created(RECORD_TYPE, s.getId(), s.getNameZh(), s.snapshot()));
        return view(s);
    }

    public SkillView update(Long id, SkillForm form) {
        editor();
        Skill s = load(id);
        StaleEditException.check(form.getVersion(), s.getVersion());
        check(form);
        if (!s.getCode().equals(form.getCode()) && skills.existsByCode(form.getCode())) {
            throw DomainException.invalid("code", "training.error.skillCodeTaken", form.getCode());
        }
        Map<String, Object> before = s.snapshot();
        if (s.apply(form, Instant.now(clock))) {
            skills.saveAndFlush(s);
            events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, s.getNameZh(), before, s.snapshot()));
        }
        return view(s);
    }

    /** Takes a skill out of the yearly requirement; its assessments stay. */
    public SkillView withdraw(Long id, String reason, Long version) {
        editor();
        Skill s = load(id);
        StaleEditException.check(version, s.getVersion());
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "training.error.reasonRequired");
        }
        if (reason.strip().length() > 500) {
            throw DomainException.invalid("reason", "error.tooLong", 500);
        }
        if (!s.isActive()) {
            throw DomainException.conflict("training.error.skillWithdrawn");
        }
        Map<String, Object> before = s.snapshot();
        s.withdraw(reason.strip(), Instant.now(clock));
        skills.saveAndFlush(s);
        events.publishEvent(RecordChanged.of(AuditAction.DEACTIVATE, RECORD_TYPE, id, s.getNameZh(), before, s.snapshot()));
        return view(s);
    }

    public SkillView reactivate(Long id, Long version) {
        editor();
        Skill s = load(id);
        StaleEditException.check(version, s.getVersion());
        if (s.isActive()) {
            throw DomainException.conflict("training.error.skillActive");
        }
        Map<String, Object> before = s.snapshot();
        s.reactivate(Instant.now(clock));
        skills.saveAndFlush(s);
        events.publishEvent(RecordChanged.of(AuditAction.REACTIVATE, RECORD_TYPE, id, s.getNameZh(), before, s.snapshot()));
        return view(s);
    }

    /**
     * Saves the skill's sheet: unchanged → nothing; not yet used → items replaced; used by an
     * assessment → a new version becomes current and past assessments keep theirs.
     */
    public SkillSheetView saveSheet(Long skillId, SkillSheetForm form) {
        Actor actor = editor();
        Skill skill = load(skillId);
        StaleEditException.check(form.getVersion(), skill.getVersion());
        List<SheetRules.Line> wanted = SheetRules.check(form.getItems());
        SkillSheet current = currentOf(skillId);
        List<SkillItem> storedItems = items.findBySheetIdOrderByPositionAscIdAsc(current.getId());
        List<SheetRules.Line> stored = storedItems.stream().map(i -> new SheetRules.Line(i.getPosition(), i.getName(),
                i.getMaxPoints(), i.getPerOccurrence(), i.view().ruleText())).toList();
        SheetRules.Change change = SheetRules.change(stored, wanted, assessments.countBySheetId(current.getId()));
        if (change == SheetRules.Change.NONE) {
            return sheetView(current);
        }
        Instant now = Instant.now(clock);
        SkillSheet target = current;
        if (change == SheetRules.Change.IN_PLACE) {
            items.deleteAll(storedItems);
            items.flush();
        } else {
            current.superseded();
            sheets.saveAndFlush(current);
            target = sheets.save(new SkillSheet(skillId, current.getSheetVersion() + 1, actor.username(), now));
        }
        for (SheetRules.Line line : wanted) {
            items.save(new SkillItem(target.getId(), line));
        }
        skill.touch(now);
        skills.saveAndFlush(skill); // bumps the version: an editor with the old page gets a conflict
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, skillId, skill.getNameZh(),
                Map.of("sheetVersion", current.getSheetVersion(), "items", describe(stored)),
                Map.of("sheetVersion", target.getSheetVersion(), "items", describe(wanted))));
        return sheetView(target);
    }

    /** A general sheet for a new skill (six parts, 100 points), for the hospital to adapt. */
    public static List<SkillItemForm> defaultSheet() {
        return List.of(
                new SkillItemForm(1, "素质要求（仪表、语言、态度）", new BigDecimal("5"), new BigDecimal("1"), "每项不符合扣1分"),
                new SkillItemForm(2, "操作前准备（评估、解释、用物、环境）", new BigDecimal("15"), new BigDecimal("2"), "每缺一项扣2分"),
                new SkillItemForm(3, "操作步骤（顺序、手法、熟练程度）", new BigDecimal("45"), new BigDecimal("3"), "每错漏一步扣3分"),
                new SkillItemForm(4, "无菌与安全原则（查对、防护）", new BigDecimal("15"), new BigDecimal("5"), "每违反一次扣5分"),
                new SkillItemForm(5, "操作后处理（整理、记录、宣教）", new BigDecimal("10"), new BigDecimal("2"), "每缺一项扣2分"),
                new SkillItemForm(6, "综合评价（沟通、人文关怀、时间）", new BigDecimal("10"), new BigDecimal("2"), "每项欠缺扣2分"));
    }

    // ---------------------------------------------------------------- internals

    private Actor editor() {
        Actor actor = CurrentActor.require(Permissions.TRAINING_WRITE);
        if (actor.dataScope() == DataScope.OWN_UNIT) {
            throw new DomainException(HttpStatus.FORBIDDEN, null, "training.error.catalogueEditors");
        }
        return actor;
    }

    private static void check(SkillForm f) {
        if (f.getCode() == null || f.getCode().isBlank()) {
            throw DomainException.invalid("code", "training.error.skillCodeRequired");
        }
        if (f.getCode().length() > 32 || !f.getCode().matches("[A-Za-z0-9_-]+")) {
            throw DomainException.invalid("code", "validation.code");
        }
        if (f.getNameZh() == null || f.getNameZh().isBlank()) {
            throw DomainException.invalid("nameZh", "training.error.skillNameRequired");
        }
        if (f.getNameZh().length() > 100) {
            throw DomainException.invalid("nameZh", "error.tooLong", 100);
        }
        if (f.getNameEn() != null && f.getNameEn().length() > 100) {
            throw DomainException.invalid("nameEn", "error.tooLong", 100);
        }
        if (f.getPassThreshold() == null || f.getPassThreshold().signum() < 0
                || f.getPassThreshold().compareTo(SheetRules.MAX_TOTAL) > 0) {
            throw DomainException.invalid("passThreshold", "training.error.threshold");
        }
    }

    private static List<String> describe(List<SheetRules.Line> lines) {
        return lines.stream().map(l -> l.name() + " " + l.maxPoints().stripTrailingZeros().toPlainString()
                + (l.perOccurrence() == null ? "" : "/-" + l.perOccurrence().stripTrailingZeros().toPlainString())).toList();
    }

    private Skill load(Long id) {
        return skills.findById(id).orElseThrow(() -> DomainException.notFound("training.error.skillNotFound", String.valueOf(id)));
    }

    private SkillSheet currentOf(Long skillId) {
        return sheets.findBySkillIdAndCurrentTrue(skillId)
                .orElseThrow(() -> DomainException.notFound("training.error.sheetNotFound", String.valueOf(skillId)));
    }

    private SkillView view(Skill s) {
        SkillSheet sheet = sheets.findBySkillIdAndCurrentTrue(s.getId()).orElse(null);
        return view(s, sheet, sheet == null ? List.of() : items.findBySheetIdOrderByPositionAscIdAsc(sheet.getId()));
    }

    private static SkillView view(Skill s, SkillSheet sheet, List<SkillItem> sheetItems) {
        BigDecimal max = sheetItems.stream().map(SkillItem::getMaxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SkillView(s.getId(), s.getCode(), s.getNameZh(), s.getNameEn(), s.getPassThreshold(), s.getSortOrder(),
                s.isActive(), s.getWithdrawnReason(), sheet == null ? null : sheet.getId(),
                sheet == null ? 0 : sheet.getSheetVersion(), max, sheetItems.size(), s.getVersion());
    }

    private SkillSheetView sheetView(SkillSheet sheet) {
        List<SkillItemView> lines = items.findBySheetIdOrderByPositionAscIdAsc(sheet.getId()).stream().map(SkillItem::view).toList();
        BigDecimal max = lines.stream().map(SkillItemView::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SkillSheetView(sheet.getId(), sheet.getSkillId(), sheet.getSheetVersion(), sheet.isCurrent(), lines, max,
                assessments.countBySheetId(sheet.getId()), sheet.getCreatedBy(), sheet.getCreatedAt());
    }
}
