package org.yuanwu.training;

import jakarta.persistence.criteria.Predicate;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.organization.ImportMode;
import org.yuanwu.organization.UnitView;
import org.yuanwu.training.internal.exam.BankQuestion;
import org.yuanwu.training.internal.exam.BankQuestionRepository;
import org.yuanwu.training.internal.exam.QuestionRules;
import org.yuanwu.training.internal.exam.QuestionWorkbook;

/**
 * The question bank: questions owned by units, listed and changed by TRAINING_WRITE users whose
 * data scope covers the unit. Editing a question already used on a paper or in an attempt adds a
 * new version (the old one stays with those papers); questions are withdrawn, never deleted.
 */
@Service
@Transactional
public class QuestionService {

    public static final String RECORD_TYPE = "training_question";
    public static final int MAX_IMPORT_ROWS = 5000;
    public static final int EXPORT_LIMIT = 20_000;

    private final BankQuestionRepository questions;
    private final ExamAccess access;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    QuestionService(BankQuestionRepository questions, ExamAccess access, ApplicationEventPublisher events,
                    MessageSource messages) {
        this.questions = questions;
        this.access = access;
        this.events = events;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public Page<QuestionView> search(QuestionFilter filter, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_WRITE);
        QuestionFilter f = filter == null ? QuestionFilter.none() : filter;
        Collection<Long> scoped = access.scopedUnitIds(actor);
        Collection<Long> filtered = f.unitId() == null ? null : access.subtree(f.unitId());
        Specification<BankQuestion> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.isTrue(root.get("latest")));
            where.add(Boolean.TRUE.equals(f.withdrawn()) ? cb.isTrue(root.get("withdrawn")) : cb.isFalse(root.get("withdrawn")));
            if (scoped != null) {
                where.add(scoped.isEmpty() ? cb.disjunction() : root.get("unitId").in(scoped));
            }
            if (filtered != null) {
                where.add(filtered.isEmpty() ? cb.disjunction() : root.get("unitId").in(filtered));
            }
            if (f.q() != null && !f.q().isBlank()) {
                where.add(cb.like(cb.lower(root.get("stem")), "%" + f.q().strip().toLowerCase(Locale.ROOT) + "%"));
            }
            if (f.tag() != null && !f.tag().isBlank()) {
                where.add(cb.like(cb.lower(root.get("tags")), "%" + f.tag().strip().toLowerCase(Locale.ROOT) + "%"));
            }
            if (f.type() != null) {
                where.add(cb.equal(root.get("type"), f.type()));
            }
            if (f.category() != null) {
                where.add(cb.equal(root.get("category"), f.category()));
            }
            if (f.difficulty() != null) {
                where.add(cb.equal(root.get("difficulty"), f.difficulty()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        Page<BankQuestion> page = questions.findAll(spec, pageable);
        Map<Long, String> names = access.unitNames(page.getContent().stream().map(BankQuestion::getUnitId).toList());
        return page.map(q -> view(q, names.get(q.getUnitId())));
    }

    @Transactional(readOnly = true)
    public List<QuestionView> export(QuestionFilter filter) {
        return search(filter, PageRequest.of(0, EXPORT_LIMIT, Sort.by("id"))).getContent();
    }

    @Transactional(readOnly = true)
    public QuestionView get(Long id) {
        BankQuestion q = load(id);
        access.manager(q.getUnitId());
        return view(q, access.unitName(q.getUnitId()));
    }

    /** Every version of the question, oldest first. */
    @Transactional(readOnly = true)
    public List<QuestionView> versions(Long id) {
        BankQuestion q = load(id);
        access.manager(q.getUnitId());
        return questions.findAll((root, query, cb) -> cb.equal(root.get("lineageId"), q.getLineageId()),
                Sort.by("versionNo")).stream().map(v -> view(v, access.unitName(v.getUnitId()))).toList();
    }

    public QuestionView create(QuestionForm form) {
        Actor actor = checkForSave(form);
        Instant now = access.now();
        BankQuestion q = new BankQuestion(actor.username(), now);
        q.apply(form, now);
        questions.save(q); // the sequence gives the id at once; the first version names its lineage
        q.startLineage();
        questions.flush();
        events.publishEvent(RecordChanged.created(RECORD_TYPE, q.getId(), summary(q), q.snapshot()));
        return view(q, access.unitName(q.getUnitId()));
    }

    /**
     * Saves an edit. A question not yet used is changed in place; one already used on a paper or
     * in an attempt gets a new version, which is returned (with a new id).
     */
    public QuestionView update(Long id, QuestionForm form) {
        BankQuestion q = load(id);
        access.manager(q.getUnitId());
        StaleEditException.check(form.getVersion(), q.getVersion());
        if (!q.isLatest()) {
            throw DomainException.conflict("exam.error.notLatestVersion");
        }
        if (q.isWithdrawn()) {
            throw DomainException.conflict("exam.error.questionWithdrawn");
        }
        Actor actor = checkForSave(form);
        Map<String, Object> before = q.snapshot();
        Instant now = access.now();
        if (!q.isUsed()) {
            if (q.apply(form, now)) {
                questions.saveAndFlush(q);
                events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, summary(q), before, q.snapshot()));
            }
            return view(q, access.unitName(q.getUnitId()));
        }
        BankQuestion probe = new BankQuestion(actor.username(), now);
        probe.apply(form, now);
        Map<String, Object> wanted = new java.util.LinkedHashMap<>(probe.snapshot());
        Map<String, Object> current = new java.util.LinkedHashMap<>(before);
        wanted.remove("versionNo");
        current.remove("versionNo");
        if (wanted.equals(current)) {
            return view(q, access.unitName(q.getUnitId()));
        }
        BankQuestion next = q.nextVersion(actor.username(), now);
        next.apply(form, now);
        questions.saveAndFlush(q);
        questions.saveAndFlush(next);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, next.getId(), summary(next), next.snapshot()));
        events.publishEvent(RecordChanged.updated(RECORD_TYPE, id, summary(q), Map.of("latest", true),
                Map.of("latest", false, "supersededBy", next.getId())));
        return view(next, access.unitName(next.getUnitId()));
    }

    /** Takes a question out of the bank: no new paper picks it; papers and attempts that used it keep it. */
    public QuestionView withdraw(Long id, Long version, String reason) {
        BankQuestion q = load(id);
        access.manager(q.getUnitId());
        StaleEditException.check(version, q.getVersion());
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "exam.error.reasonRequired");
        }
        if (reason.length() > 500) {
            throw DomainException.invalid("reason", "error.tooLong", 500);
        }
        if (q.isWithdrawn()) {
            throw DomainException.conflict("exam.error.questionWithdrawn");
        }
        q.withdraw(reason.strip(), access.now());
        questions.saveAndFlush(q);
        events.publishEvent(RecordChanged.of(AuditAction.UPDATE, RECORD_TYPE, id, summary(q), Map.of("withdrawn", false),
                Map.of("withdrawn", true, "reason", reason.strip())));
        return view(q, access.unitName(q.getUnitId()));
    }

    // ---------------------------------------------------------------- workbooks

    public static List<String> headers() {
        return java.util.Arrays.stream(QuestionWorkbook.values()).map(QuestionWorkbook::header).toList();
    }

    /** An empty workbook with the column headers and two example rows. */
    public byte[] template() {
        CurrentActor.require(Permissions.TRAINING_WRITE);
        List<List<Object>> rows = List.of(
                List.of("单选", "成人心肺复苏胸外按压的频率是", "60~80次/分", "80~100次/分", "100~120次/分", "120~140次/分", "", "",
                        "C", "三基", 2, "心肺复苏", "2020版指南：100~120次/分", 2),
                List.of("填空", "手卫生的五个时刻包括接触患者前、____ 。", "", "", "", "", "", "",
                        "无菌操作前|清洁操作前", "院感", 3, "手卫生", "", 2));
        return ExcelSheet.write("questions", headers(), rows);
    }

    public byte[] exportWorkbook(QuestionFilter filter) {
        List<List<Object>> rows = new ArrayList<>();
        for (QuestionView q : export(filter)) {
            List<Object> row = new ArrayList<>();
            row.add(QuestionWorkbook.typeLabel(q.type()));
            row.add(q.stem());
            for (int i = 0; i < 6; i++) {
                row.add(i < q.options().size() ? q.options().get(i) : null);
            }
            row.add(q.answer() == null ? null : q.answer().replace("\n", "；"));
            row.add(QuestionWorkbook.categoryLabel(q.category()));
            row.add(q.difficulty());
            row.add(q.tags());
            row.add(q.explanation());
            row.add(q.points());
            rows.add(row);
        }
        return ExcelSheet.write("questions", headers(), rows);
    }

    /**
     * Imports one question per row into the unit. Every row is checked first; with ALL_OR_NOTHING
     * one bad row saves nothing, with VALID_ROWS the good rows are saved and the bad ones reported.
     */
    public QuestionImportReport importWorkbook(Long unitId, InputStream in, ImportMode mode) {
        if (unitId == null) {
            throw DomainException.invalid("unitId", "exam.error.unitRequired");
        }
        access.manager(unitId);
        UnitView unit = access.unit(unitId);
        if (!unit.active()) {
            throw DomainException.invalid("unitId", "exam.error.unitInactive", unit.name());
        }
        ImportMode m = mode == null ? ImportMode.ALL_OR_NOTHING : mode;
        Locale locale = LocaleContextHolder.getLocale();
        List<QuestionImportReport.RowError> errors = new ArrayList<>();
        List<QuestionForm> good = new ArrayList<>();
        int rows = 0;
        try (Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getNumberOfSheets() == 0 ? null : wb.getSheetAt(0);
            if (sheet == null || sheet.getRow(0) == null) {
                throw DomainException.invalid("file", "exam.import.noHeader");
            }
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            Map<QuestionWorkbook, Integer> columns = new EnumMap<>(QuestionWorkbook.class);
            Row header = sheet.getRow(0);
            for (int c = 0; c < header.getLastCellNum(); c++) {
                String h = fmt.formatCellValue(header.getCell(c)).strip();
                for (QuestionWorkbook col : QuestionWorkbook.values()) {
                    if (col.header().equals(h)) {
                        columns.put(col, c);
                    }
                }
            }
            for (QuestionWorkbook required : List.of(QuestionWorkbook.TYPE, QuestionWorkbook.STEM, QuestionWorkbook.ANSWER)) {
                if (!columns.containsKey(required)) {
                    throw DomainException.invalid("file", "exam.import.missingColumn", required.header());
                }
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<QuestionWorkbook, String> cells = new EnumMap<>(QuestionWorkbook.class);
                boolean blank = true;
                for (Map.Entry<QuestionWorkbook, Integer> e : columns.entrySet()) {
                    String v = row == null ? "" : fmt.formatCellValue(row.getCell(e.getValue())).strip();
                    cells.put(e.getKey(), v);
                    blank &= v.isEmpty();
                }
                if (blank) {
                    continue;
                }
                if (++rows > MAX_IMPORT_ROWS) {
                    throw DomainException.invalid("file", "exam.import.tooManyRows", MAX_IMPORT_ROWS);
                }
                int rowNumber = r + 1;
                int before = errors.size();
                QuestionForm f = parseRow(unitId, cells, rowNumber, errors, locale);
                if (errors.size() == before) {
                    for (QuestionRules.Problem p : QuestionRules.check(f)) {
                        errors.add(new QuestionImportReport.RowError(rowNumber, QuestionWorkbook.ofField(p.field()).header(),
                                messages.getMessage(p.key(), p.args(), p.key(), locale)));
                    }
                }
                if (errors.size() == before) {
                    good.add(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException de) {
                throw de;
            }
            throw DomainException.invalid("file", "exam.import.unreadable");
        }
        if (rows == 0) {
            throw DomainException.invalid("file", "exam.import.empty");
        }
        boolean save = errors.isEmpty() || m == ImportMode.VALID_ROWS;
        int created = 0;
        if (save) {
            for (QuestionForm f : good) {
                create(f);
                created++;
            }
        }
        return new QuestionImportReport(m, rows, save && created > 0, created, errors);
    }

    private QuestionForm parseRow(Long unitId, Map<QuestionWorkbook, String> cells, int row,
                                  List<QuestionImportReport.RowError> errors, Locale locale) {
        QuestionForm f = new QuestionForm();
        f.setUnitId(unitId);
        String typeText = cells.getOrDefault(QuestionWorkbook.TYPE, "");
        QuestionType type = typeText.isEmpty() ? null : QuestionWorkbook.type(typeText);
        if (type == null) {
            errors.add(rowError(row, QuestionWorkbook.TYPE, "exam.import.badType", locale, typeText));
        }
        f.setType(type);
        f.setStem(cells.get(QuestionWorkbook.STEM));
        QuestionWorkbook[] optionColumns = {QuestionWorkbook.OPTION_A, QuestionWorkbook.OPTION_B, QuestionWorkbook.OPTION_C,
                QuestionWorkbook.OPTION_D, QuestionWorkbook.OPTION_E, QuestionWorkbook.OPTION_F};
        for (int i = 0; i < optionColumns.length; i++) {
            f.setOption(i, cells.get(optionColumns[i]));
        }
        f.setAnswer(cells.get(QuestionWorkbook.ANSWER));
        String category = cells.getOrDefault(QuestionWorkbook.CATEGORY, "");
        if (category.isEmpty()) {
            f.setCategory(QuestionCategory.OTHER);
        } else {
            f.setCategory(QuestionWorkbook.category(category));
            if (f.getCategory() == null) {
                errors.add(rowError(row, QuestionWorkbook.CATEGORY, "exam.import.badCategory", locale, category));
            }
        }
        f.setDifficulty(number(cells, QuestionWorkbook.DIFFICULTY, 3, row, errors, locale));
        f.setPoints(number(cells, QuestionWorkbook.POINTS, 2, row, errors, locale));
        f.setTags(cells.get(QuestionWorkbook.TAGS));
        f.setExplanation(cells.get(QuestionWorkbook.EXPLANATION));
        return f;
    }

    private Integer number(Map<QuestionWorkbook, String> cells, QuestionWorkbook col, int fallback, int row,
                           List<QuestionImportReport.RowError> errors, Locale locale) {
        String text = cells.getOrDefault(col, "");
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return new java.math.BigDecimal(text).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(rowError(row, col, "exam.import.notWholeNumber", locale, text));
            return fallback;
        }
    }

    private QuestionImportReport.RowError rowError(int row, QuestionWorkbook col, String key, Locale locale, Object... args) {
        return new QuestionImportReport.RowError(row, col.header(), messages.getMessage(key, args, key, locale));
    }

    // ---------------------------------------------------------------- internals

    private Actor checkForSave(QuestionForm form) {
        if (form.getUnitId() == null) {
            throw DomainException.invalid("unitId", "exam.error.unitRequired");
        }
        Actor actor = access.manager(form.getUnitId());
        UnitView unit = access.unit(form.getUnitId());
        if (!unit.active()) {
            throw DomainException.invalid("unitId", "exam.error.unitInactive", unit.name());
        }
        List<QuestionRules.Problem> problems = QuestionRules.check(form);
        if (!problems.isEmpty()) {
            QuestionRules.Problem p = problems.get(0);
            throw DomainException.invalid(p.field(), p.key(), p.args());
        }
        return actor;
    }

    BankQuestion load(Long id) {
        return questions.findById(id).orElseThrow(() -> DomainException.notFound("exam.error.questionNotFound", id));
    }

    private static String summary(BankQuestion q) {
        String stem = q.getStem();
        return "v" + q.getVersionNo() + " " + (stem.length() > 60 ? stem.substring(0, 60) + "…" : stem);
    }

    static QuestionView view(BankQuestion q, String unitName) {
        return new QuestionView(q.getId(), q.getLineageId(), q.getVersionNo(), q.isLatest(), q.getUnitId(), unitName,
                q.getType(), q.getCategory(), q.getDifficulty(), q.getStem(), q.options(), q.getAnswer(), q.getTags(),
                q.getExplanation(), q.getPoints(), q.isUsed(), q.isWithdrawn(), q.getWithdrawnReason(), q.getCreatedBy(),
                q.getUpdatedAt(), q.getVersion());
    }
}
