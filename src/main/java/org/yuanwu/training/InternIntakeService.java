package org.yuanwu.training;

import jakarta.persistence.criteria.Predicate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.training.internal.intern.Intern;
import org.yuanwu.training.internal.intern.InternAccess;
import org.yuanwu.training.internal.intern.InternCodes;
import org.yuanwu.training.internal.intern.InternIntake;
import org.yuanwu.training.internal.intern.InternIntakeRepository;
import org.yuanwu.training.internal.intern.InternRepository;
import org.yuanwu.training.internal.intern.InternRotationRepository;
import org.yuanwu.training.internal.intern.VoteRules;

/**
 * Intern intakes (实习批次) and their interns: created and managed by TRAINING_WRITE users of the organising unit
 * (usually the nursing department); the intern list is typed in or imported from a workbook (good rows added, bad
 * rows reported) and exported. Interns are not staff; each gets a personal code for evaluations and the vote.
 */
@Service
@Transactional
public class InternIntakeService {

    public static final String INTAKE_RECORD = "training_intern_intake";
    public static final String INTERN_RECORD = "training_intern";
    public static final int IMPORT_LIMIT = 500;
    static final List<String> IMPORT_COLUMNS = List.of("name", "studentNo", "school", "phone");

    private final InternIntakeRepository intakes;
    private final InternRepository interns;
    private final InternRotationRepository rotations;
    private final InternAccess access;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    InternIntakeService(InternIntakeRepository intakes, InternRepository interns, InternRotationRepository rotations,
                        InternAccess access, ApplicationEventPublisher events, MessageSource messages) {
        this.intakes = intakes;
        this.interns = interns;
        this.rotations = rotations;
        this.access = access;
        this.events = events;
        this.messages = messages;
    }

    public LocalDate today() {
        return access.today();
    }

    // ---------------------------------------------------------------- intakes

    @Transactional(readOnly = true)
    public Page<InternIntakeView> search(InternIntakeFilter filter, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_READ);
        InternAccess.Names names = access.names();
        return intakes.findAll(spec(actor, filter == null ? InternIntakeFilter.none() : filter), pageable)
                .map(i -> view(i, names));
    }

    @Transactional(readOnly = true)
    public InternIntakeView get(Long id) {
        InternIntake intake = access.intake(id);
        access.readable(intake);
        return view(intake, access.names());
    }

    /** Whether the caller manages the intake (for showing the forms that will work). */
    @Transactional(readOnly = true)
    public boolean mayManage(Long id) {
        return access.managedBy(CurrentActor.get(), access.intake(id));
    }

    public InternIntakeView create(InternIntakeForm form) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_WRITE);
        check(form, actor);
        Instant now = Instant.now(access.clock());
        InternIntake intake = new InternIntake(actor.username(), now);
        apply(intake, form, now);
        intakes.save(intake);
        events.publishEvent(RecordChanged.created(INTAKE_RECORD, intake.getId(), intake.getName(), intake.snapshot()));
        return view(intake, access.names());
    }

    public InternIntakeView update(Long id, InternIntakeForm form) {
        InternIntake intake = access.intake(id);
        Actor actor = access.manageable(intake);
        access.requireActive(intake);
        StaleEditException.check(form.getVersion(), intake.getVersion());
        check(form, actor);
        for (var r : rotations.activeOfIntake(id)) {
            if (r.getFromOn().isBefore(form.getStartOn()) || r.getToOn().isAfter(form.getEndOn())) {
                throw DomainException.invalid("endOn", "intern.error.rotationsOutsideDates");
            }
        }
        Map<String, Object> before = intake.snapshot();
        apply(intake, form, Instant.now(access.clock()));
        intakes.saveAndFlush(intake);
        events.publishEvent(RecordChanged.updated(INTAKE_RECORD, id, intake.getName(), before, intake.snapshot()));
        return view(intake, access.names());
    }

    /** Takes an intake off the lists with a reason (entered twice, cancelled by the school); it stays on record. */
    public InternIntakeView remove(Long id, String reason, Long version) {
        InternIntake intake = access.intake(id);
        access.manageable(intake);
        access.requireActive(intake);
        StaleEditException.check(version, intake.getVersion());
        String why = requiredReason(reason);
        Map<String, Object> before = intake.snapshot();
        intake.remove(why, Instant.now(access.clock()));
        intakes.saveAndFlush(intake);
        events.publishEvent(RecordChanged.of(AuditAction.DEACTIVATE, INTAKE_RECORD, id, intake.getName(), before, intake.snapshot()));
        return view(intake, access.names());
    }

    private void apply(InternIntake intake, InternIntakeForm f, Instant now) {
        intake.apply(f.getName().strip(), f.getSchool().strip(), f.getSpecialty().strip(), f.getUnitId(), f.getStartOn(),
                f.getEndOn(), f.getMaxInternsPerTutor(), f.getVoteClosesOn(), blankToNull(f.getNote()), now);
    }

    private void check(InternIntakeForm f, Actor actor) {
        requiredText("name", f.getName(), 100);
        requiredText("school", f.getSchool(), 100);
        requiredText("specialty", f.getSpecialty(), 100);
        if (f.getUnitId() == null) {
            throw DomainException.invalid("unitId", "intern.error.unitRequired");
        }
        if (access.unit(f.getUnitId()).isEmpty()) {
            throw DomainException.invalid("unitId", "intern.error.unitUnknown", f.getUnitId());
        }
        if (!access.canSeeUnit(actor, f.getUnitId())) {
            throw new AccessDeniedProblem();
        }
        if (f.getStartOn() == null) {
            throw DomainException.invalid("startOn", "intern.error.startRequired");
        }
        if (f.getEndOn() == null) {
            throw DomainException.invalid("endOn", "intern.error.endRequired");
        }
        if (f.getEndOn().isBefore(f.getStartOn())) {
            throw DomainException.invalid("endOn", "intern.error.endBeforeStart");
        }
        if (f.getStartOn().plusYears(2).isBefore(f.getEndOn())) {
            throw DomainException.invalid("endOn", "intern.error.tooLong");
        }
        if (f.getMaxInternsPerTutor() == null || f.getMaxInternsPerTutor() < 1 || f.getMaxInternsPerTutor() > 10) {
            throw DomainException.invalid("maxInternsPerTutor", "intern.error.maxInternsRange");
        }
        if (f.getVoteClosesOn() != null && f.getVoteClosesOn().isBefore(f.getStartOn())) {
            throw DomainException.invalid("voteClosesOn", "intern.error.voteBeforeStart");
        }
        if (f.getNote() != null && f.getNote().length() > 500) {
            throw DomainException.invalid("note", "error.tooLong", "500");
        }
    }

    @Transactional(readOnly = true)
    public byte[] exportIntakes(InternIntakeFilter filter, Locale locale) {
        Actor actor = CurrentActor.require(Permissions.TRAINING_READ);
        InternAccess.Names names = access.names();
        List<List<?>> rows = new ArrayList<>();
        for (InternIntake i : intakes.findAll(spec(actor, filter == null ? InternIntakeFilter.none() : filter),
                Sort.by(Sort.Order.desc("startOn"), Sort.Order.desc("id")))) {
            InternIntakeView v = view(i, names);
            rows.add(Arrays.asList(v.id(), v.name(), v.school(), v.specialty(), v.unitName(), v.startOn(), v.endOn(),
                    v.internCount(), v.maxInternsPerTutor(), v.voteClosesOn()));
        }
        List<String> headers = headers(locale, "id", "name", "school", "specialty", "unit", "startOn", "endOn",
                "internCount", "maxInternsPerTutor", "voteClosesOn");
        return ExcelSheet.write(text("intern.export.intakes", locale), headers, rows);
    }

    // ---------------------------------------------------------------- interns

    @Transactional(readOnly = true)
    public List<InternView> interns(Long intakeId) {
        InternIntake intake = access.intake(intakeId);
        Actor actor = access.readable(intake);
        boolean showCodes = access.managedBy(actor, intake);
        return interns.findByIntakeIdOrderByStudentNo(intakeId).stream().map(i -> view(i, showCodes)).toList();
    }

    public InternView addIntern(Long intakeId, InternForm form) {
        InternIntake intake = access.intake(intakeId);
        access.manageable(intake);
        access.requireActive(intake);
        Intern intern = insert(intake, form, new HashSet<>());
        return view(intern, true);
    }

    public InternView updateIntern(Long internId, InternForm form) {
        Intern intern = internFor(internId);
        InternIntake intake = access.intake(intern.getIntakeId());
        access.manageable(intake);
        StaleEditException.check(form.getVersion(), intern.getVersion());
        checkIntern(form);
        String studentNo = form.getStudentNo().strip();
        if (!studentNo.equals(intern.getStudentNo()) && interns.existsByIntakeIdAndStudentNo(intake.getId(), studentNo)) {
            throw DomainException.invalid("studentNo", "intern.error.studentNoTaken", studentNo);
        }
        Map<String, Object> before = intern.snapshot();
        intern.apply(form.getName().strip(), studentNo, schoolOr(form, intake), blankToNull(form.getPhone()),
                Instant.now(access.clock()));
        interns.saveAndFlush(intern);
        events.publishEvent(RecordChanged.updated(INTERN_RECORD, internId, intern.getName(), before, intern.snapshot()));
        return view(intern, true);
    }

    /** An intern who left the placement early: kept with the reason; her rotations and scores stay on record. */
    public InternView withdrawIntern(Long internId, String reason, Long version) {
        Intern intern = internFor(internId);
        access.manageable(access.intake(intern.getIntakeId()));
        StaleEditException.check(version, intern.getVersion());
        if (!intern.isActive()) {
            throw DomainException.conflict("intern.error.internWithdrawn");
        }
        String why = requiredReason(reason);
        Map<String, Object> before = intern.snapshot();
        intern.withdraw(why, Instant.now(access.clock()));
        interns.saveAndFlush(intern);
        events.publishEvent(RecordChanged.of(AuditAction.DEACTIVATE, INTERN_RECORD, internId, intern.getName(), before, intern.snapshot()));
        return view(intern, true);
    }

    private Intern insert(InternIntake intake, InternForm form, Set<String> seenInBatch) {
        checkIntern(form);
        String studentNo = form.getStudentNo().strip();
        if (!seenInBatch.add(studentNo) || interns.existsByIntakeIdAndStudentNo(intake.getId(), studentNo)) {
            throw DomainException.invalid("studentNo", "intern.error.studentNoTaken", studentNo);
        }
        String code = InternCodes.next();
        while (interns.existsByCode(code)) {
            code = InternCodes.next();
        }
        Instant now = Instant.now(access.clock());
        Intern intern = new Intern(intake.getId(), code, now);
        intern.apply(form.getName().strip(), studentNo, schoolOr(form, intake), blankToNull(form.getPhone()), now);
        interns.save(intern);
        events.publishEvent(RecordChanged.created(INTERN_RECORD, intern.getId(), intern.getName(), intern.snapshot()));
        return intern;
    }

    private static void checkIntern(InternForm f) {
        requiredText("name", f.getName(), 64);
        requiredText("studentNo", f.getStudentNo(), 32);
        if (f.getSchool() != null && f.getSchool().strip().length() > 100) {
            throw DomainException.invalid("school", "error.tooLong", "100");
        }
        if (f.getPhone() != null && !f.getPhone().isBlank() && !f.getPhone().strip().matches("[0-9+\\- ]{5,20}")) {
            throw DomainException.invalid("phone", "intern.error.phoneInvalid");
        }
    }

    private static String schoolOr(InternForm form, InternIntake intake) {
        return form.getSchool() == null || form.getSchool().isBlank() ? intake.getSchool() : form.getSchool().strip();
    }

    private Intern internFor(Long id) {
        return interns.findById(id).orElseThrow(() -> DomainException.notFound("intern.error.internNotFound", id));
    }

    // ---------------------------------------------------------------- workbook

    /** The import template: the four columns with a sample row. */
    public byte[] importTemplate(Locale locale) {
        List<List<?>> sample = List.of(List.of("李小红", "2023040101", "", "13800000000"));
        return ExcelSheet.write(text("intern.export.interns", locale),
                headers(locale, IMPORT_COLUMNS.toArray(String[]::new)), sample);
    }

    /** Adds the good rows of the workbook (name, student number, school, phone) and reports each refused row. */
    public InternImportReport importInterns(Long intakeId, InputStream workbook, Locale locale) {
        InternIntake intake = access.intake(intakeId);
        access.manageable(intake);
        access.requireActive(intake);
        List<InternImportReport.Row> refused = new ArrayList<>();
        int added = 0;
        Set<String> seen = new HashSet<>();
        try (Workbook wb = WorkbookFactory.create(workbook)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            if (sheet.getLastRowNum() > IMPORT_LIMIT) {
                throw DomainException.invalid("file", "intern.error.importTooMany", String.valueOf(IMPORT_LIMIT));
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String[] cells = new String[IMPORT_COLUMNS.size()];
                boolean empty = true;
                for (int c = 0; c < cells.length; c++) {
                    Cell cell = row.getCell(c);
                    cells[c] = cell == null || cell.getCellType() == CellType.BLANK ? null : formatter.formatCellValue(cell).strip();
                    empty &= cells[c] == null || cells[c].isEmpty();
                }
                if (empty) {
                    continue;
                }
                try {
                    insert(intake, InternForm.of(cells[0], cells[1], cells[2], cells[3]), seen);
                    added++;
                } catch (DomainException e) {
                    refused.add(new InternImportReport.Row(r + 1, cells[1], e.field(),
                            messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale)));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw DomainException.invalid("file", "intern.error.importUnreadable");
        }
        return new InternImportReport(added, refused);
    }

    public InternImportReport importInterns(Long intakeId, byte[] workbook, Locale locale) {
        return importInterns(intakeId, new ByteArrayInputStream(workbook), locale);
    }

    @Transactional(readOnly = true)
    public byte[] exportInterns(Long intakeId, Locale locale) {
        List<InternView> list = interns(intakeId);
        List<List<?>> rows = new ArrayList<>();
        for (InternView v : list) {
            rows.add(Arrays.asList(v.name(), v.studentNo(), v.school(), v.phone(), v.code(),
                    v.active() ? null : v.withdrawnReason()));
        }
        return ExcelSheet.write(text("intern.export.interns", locale),
                headers(locale, "name", "studentNo", "school", "phone", "code", "withdrawnReason"), rows);
    }

    // ---------------------------------------------------------------- views and queries

    InternIntakeView view(InternIntake i, InternAccess.Names names) {
        long count = interns.findByIntakeIdOrderByStudentNo(i.getId()).stream().filter(Intern::isActive).count();
        boolean voteOpen = VoteRules.open(i.getVoteClosesOn(), today());
        return new InternIntakeView(i.getId(), i.getName(), i.getSchool(), i.getSpecialty(), i.getUnitId(),
                names.unit(i.getUnitId()), i.getStartOn(), i.getEndOn(), i.getMaxInternsPerTutor(), i.getVoteClosesOn(),
                voteOpen, i.getNote(), count, i.getRemovedReason(), i.getVersion());
    }

    static InternView view(Intern i, boolean showCode) {
        return new InternView(i.getId(), i.getIntakeId(), i.getName(), i.getStudentNo(), i.getSchool(), i.getPhone(),
                showCode ? i.getCode() : null, i.isActive(), i.getWithdrawnReason(), i.getVersion());
    }

    private Specification<InternIntake> spec(Actor actor, InternIntakeFilter f) {
        Collection<Long> scoped = access.visibleUnitIds(actor);
        Collection<Long> viaRotations = scoped == null || scoped.isEmpty() ? List.of() : rotations.intakesAtUnits(scoped);
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.isNull(root.get("removedReason")));
            if (scoped != null) {
                List<Predicate> any = new ArrayList<>();
                if (!scoped.isEmpty()) {
                    any.add(root.get("unitId").in(scoped));
                }
                if (!viaRotations.isEmpty()) {
                    any.add(root.get("id").in(viaRotations));
                }
                where.add(any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new)));
            }
            if (f.q() != null && !f.q().isBlank()) {
                String like = "%" + f.q().strip().toLowerCase() + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("name")), like), cb.like(cb.lower(root.get("school")), like),
                        cb.like(cb.lower(root.get("specialty")), like)));
            }
            if (f.year() != null) {
                where.add(cb.between(root.get("startOn"), LocalDate.of(f.year(), 1, 1), LocalDate.of(f.year(), 12, 31)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    // ---------------------------------------------------------------- helpers

    static void requiredText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "intern.error.required");
        }
        if (value.strip().length() > max) {
            throw DomainException.invalid(field, "error.tooLong", String.valueOf(max));
        }
    }

    static String requiredReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "intern.error.reasonRequired");
        }
        if (reason.strip().length() > 500) {
            throw DomainException.invalid("reason", "error.tooLong", "500");
        }
        return reason.strip();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private List<String> headers(Locale locale, String... keys) {
        List<String> headers = new ArrayList<>();
        for (String k : keys) {
            headers.add(text("intern.field." + k, locale));
        }
        return headers;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
