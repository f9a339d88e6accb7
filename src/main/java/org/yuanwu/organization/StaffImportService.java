package org.yuanwu.organization;

import org.yuanwu.common.HospitalTime;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.organization.internal.OrgUnit;
import org.yuanwu.organization.internal.OrgUnitRepository;
import org.yuanwu.organization.internal.StaffMember;
import org.yuanwu.organization.internal.StaffRepository;
import org.yuanwu.organization.internal.StaffRules;

/**
 * Reads a staff workbook (.xlsx), checks every row, and saves by employee number: new numbers
 * are created, known ones updated, identical rows left alone, so re-importing a file changes nothing.
 */
@Service
public class StaffImportService {

    public static final int MAX_ROWS = 50_000;
    private static final int LOOKUP_CHUNK = 1000;
    private static final DateTimeFormatter[] DATE_FORMATS = {
            DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyyMMdd")};

    private final StaffRepository staff;
    private final OrgUnitRepository units;
    private final ScopeGuard scope;
    private final Validator validator;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffImportService(StaffRepository staff, OrgUnitRepository units, ScopeGuard scope, Validator validator,
                       MessageSource messages, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.staff = staff;
        this.units = units;
        this.scope = scope;
        this.validator = validator;
        this.messages = messages;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** One sheet row: the form it fills, its unit code, and the columns already reported as unreadable. */
    private record ParsedRow(int rowNumber, StaffForm form, String unitCode, Set<String> unreadableFields) {

        ParsedRow(int rowNumber, StaffForm form, String unitCode) {
            this(rowNumber, form, unitCode, new HashSet<>());
        }
    }

    @Transactional
    public ImportReport importWorkbook(InputStream in, ImportMode mode) {
        Actor actor = CurrentActor.require(Permissions.STAFF_IMPORT);
        Locale locale = LocaleContextHolder.getLocale();
        List<ImportReport.RowError> errors = new ArrayList<>();
        List<ParsedRow> rows = new ArrayList<>();
        readRows(in, rows, errors, locale);

        // Units named in the file, looked up once.
        Set<String> codes = new HashSet<>();
        rows.stream().map(ParsedRow::unitCode).filter(c -> c != null).forEach(codes::add);
        Map<String, OrgUnit> unitsByCode = new HashMap<>();
        for (List<String> chunk : chunks(new ArrayList<>(codes))) {
            units.findByCodeIn(chunk).forEach(u -> unitsByCode.put(u.getCode(), u));
        }
        // Staff already registered under the file's employee numbers, looked up in chunks.
        Map<String, StaffMember> existing = new HashMap<>();
        List<String> numbers = rows.stream().map(r -> r.form().getEmployeeNo()).filter(n -> n != null && !n.isEmpty()).distinct().toList();
        for (List<String> chunk : chunks(numbers)) {
            staff.findByEmployeeNoAmong(chunk.toArray(String[]::new)).forEach(s -> existing.put(s.getEmployeeNo(), s));
        }
        Map<Long, OrgUnit> unitsById = new HashMap<>();
        units.findAllById(existing.values().stream().map(StaffMember::getUnitId).distinct().toList())
                .forEach(u -> unitsById.put(u.getId(), u));

        LocalDate today = LocalDate.now(clock.withZone(HospitalTime.ZONE));
        Map<String, Integer> firstRowOfNumber = new HashMap<>();
        List<ParsedRow> valid = new ArrayList<>();
        for (ParsedRow r : rows) {
            StaffForm f = r.form();
            int before = errors.size();
            String code = r.unitCode();
            OrgUnit unit = code == null ? null : unitsByCode.get(code);
            if (code != null && unit == null) {
                errors.add(error(r, StaffWorkbook.UNIT_CODE, "import.error.unitUnknown", locale, code));
            } else if (unit != null && !scope.canSee(actor, unit.getId(), unit.getPath())) {
                errors.add(error(r, StaffWorkbook.UNIT_CODE, "import.error.unitOutOfScope", locale, code));
            } else if (unit != null && !unit.isActive()) {
                errors.add(error(r, StaffWorkbook.UNIT_CODE, "staff.error.unitInactive", locale, unit.getName()));
            } else if (unit != null) {
                f.setUnitId(unit.getId());
            }
            for (ConstraintViolation<StaffForm> v : validator.validate(f)) {
                String field = v.getPropertyPath().toString();
                if (("unitId".equals(field) && code != null) || r.unreadableFields().contains(field)) {
                    continue; // already reported against the cell as typed
                }
                errors.add(new ImportReport.RowError(r.rowNumber(), header(field), v.getMessage()));
            }
            keepStoredIdNumberIfMasked(r, existing.get(f.getEmployeeNo()), errors, locale);
            StaffRules.deriveBirthDate(f);
            for (StaffRules.Problem p : StaffRules.check(f, today)) {
                errors.add(new ImportReport.RowError(r.rowNumber(), header(p.field()),
                        messages.getMessage(p.key(), p.args(), p.key(), locale)));
            }
            if (f.getEmployeeNo() != null && !f.getEmployeeNo().isEmpty()) {
                Integer first = firstRowOfNumber.putIfAbsent(f.getEmployeeNo(), r.rowNumber());
                if (first != null) {
                    errors.add(error(r, StaffWorkbook.EMPLOYEE_NO, "import.error.duplicateInFile", locale, f.getEmployeeNo(), first));
                }
                StaffMember known = existing.get(f.getEmployeeNo());
                if (known != null) {
                    OrgUnit knownUnit = unitsById.get(known.getUnitId());
                    if (knownUnit == null || !scope.canSee(actor, knownUnit.getId(), knownUnit.getPath())) {
                        errors.add(error(r, StaffWorkbook.EMPLOYEE_NO, "import.error.employeeOutOfScope", locale, f.getEmployeeNo()));
                    }
                }
            }
            if (errors.size() == before && r.unreadableFields().isEmpty()) {
                valid.add(r);
            }
        }

        int created = 0;
        int updated = 0;
        int unchanged = 0;
        boolean save = !valid.isEmpty() && (mode == ImportMode.VALID_ROWS || errors.isEmpty());
        if (save) {
            Instant now = Instant.now(clock);
            List<StaffMember> toSave = new ArrayList<>();
            List<StaffMember> newStaff = new ArrayList<>();
            List<RecordChanged> changes = new ArrayList<>();
            for (ParsedRow r : valid) {
                StaffMember known = existing.get(r.form().getEmployeeNo());
                if (known == null) {
                    StaffMember s = new StaffMember(now);
                    s.apply(r.form(), now);
                    toSave.add(s);
                    newStaff.add(s);
                    created++;
                } else {
                    Map<String, Object> before = known.snapshot();
                    if (known.apply(r.form(), now)) {
                        toSave.add(known);
                        changes.add(RecordChanged.updated(StaffService.RECORD_TYPE, known.getId(),
                                known.getEmployeeNo() + " " + known.getName(), before, known.snapshot()));
                        updated++;
                    } else {
                        unchanged++;
                    }
                }
            }
            staff.saveAll(toSave);
            staff.flush();
            for (StaffMember s : newStaff) {
                changes.add(RecordChanged.created(StaffService.RECORD_TYPE, s.getId(), s.getEmployeeNo() + " " + s.getName(), s.snapshot()));
            }
            changes.forEach(events::publishEvent);
            events.publishEvent(RecordChanged.of(AuditAction.IMPORT, StaffService.RECORD_TYPE, "import",
                    "rows=" + rows.size() + " created=" + created + " updated=" + updated + " unchanged=" + unchanged
                            + " invalid=" + errors.stream().mapToInt(ImportReport.RowError::row).distinct().count(),
                    Map.of(), Map.of()));
        } else {
            for (ParsedRow r : valid) {
                StaffMember known = existing.get(r.form().getEmployeeNo());
                if (known == null) {
                    created++;
                } else if (differs(known, r.form())) {
                    updated++;
                } else {
                    unchanged++;
                }
            }
        }
        errors.sort(java.util.Comparator.comparingInt(ImportReport.RowError::row));
        return new ImportReport(mode, rows.size(), save, created, updated, unchanged, List.copyOf(errors));
    }

    private void readRows(InputStream in, List<ParsedRow> rows, List<ImportReport.RowError> errors, Locale locale) {
        try (Workbook wb = open(in)) {
            if (wb.getNumberOfSheets() == 0) {
                throw DomainException.invalid("file", "import.error.noSheet");
            }
            Sheet sheet = wb.getSheetAt(0);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw DomainException.invalid("file", "import.error.noHeader");
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Map<StaffWorkbook, Integer> columns = new EnumMap<>(StaffWorkbook.class);
            for (Cell cell : headerRow) {
                String text = formatter.formatCellValue(cell).trim();
                for (StaffWorkbook col : StaffWorkbook.values()) {
                    if (col.header().equals(text) || col.field().equalsIgnoreCase(text)) {
                        columns.put(col, cell.getColumnIndex());
                    }
                }
            }
            List<String> missing = java.util.Arrays.stream(StaffWorkbook.values())
                    .filter(c -> c.required() && !columns.containsKey(c)).map(StaffWorkbook::header).toList();
            if (!missing.isEmpty()) {
                throw DomainException.invalid("file", "import.error.missingColumns", String.join("、", missing));
            }
            if (sheet.getLastRowNum() - headerRow.getRowNum() > MAX_ROWS) {
                throw DomainException.invalid("file", "import.error.tooManyRows", MAX_ROWS);
            }
            for (int i = headerRow.getRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null || isBlank(row, formatter)) {
                    continue;
                }
                int rowNumber = i + 1;
                Function<StaffWorkbook, String> text = col -> {
                    Integer idx = columns.get(col);
                    if (idx == null) {
                        return null;
                    }
                    String s = formatter.formatCellValue(row.getCell(idx)).trim();
                    return s.isEmpty() ? null : s;
                };
                StaffForm f = new StaffForm();
                f.setEmployeeNo(text.apply(StaffWorkbook.EMPLOYEE_NO));
                f.setName(text.apply(StaffWorkbook.NAME));
                f.setIdNumber(text.apply(StaffWorkbook.ID_NUMBER));
                f.setPhone(text.apply(StaffWorkbook.PHONE));
                f.setPosition(text.apply(StaffWorkbook.POSITION));
                ParsedRow parsed = new ParsedRow(rowNumber, f, text.apply(StaffWorkbook.UNIT_CODE));
                enumCell(parsed, text, StaffWorkbook.GENDER, Labels::gender, f::setGender, errors, locale);
                enumCell(parsed, text, StaffWorkbook.TITLE, Labels::title, f::setTitle, errors, locale);
                enumCell(parsed, text, StaffWorkbook.NURSE_LEVEL, Labels::nurseLevel, f::setNurseLevel, errors, locale);
                enumCell(parsed, text, StaffWorkbook.EMPLOYMENT_TYPE, Labels::employmentType, f::setEmploymentType, errors, locale);
                f.setStatus(null);
                enumCell(parsed, text, StaffWorkbook.STATUS, Labels::status, f::setStatus, errors, locale);
                if (f.getStatus() == null && text.apply(StaffWorkbook.STATUS) == null) {
                    f.setStatus(StaffStatus.ACTIVE);
                }
                f.setBirthDate(dateCell(parsed, row, columns.get(StaffWorkbook.BIRTH_DATE), StaffWorkbook.BIRTH_DATE, formatter, errors, locale));
                f.setHireDate(dateCell(parsed, row, columns.get(StaffWorkbook.HIRE_DATE), StaffWorkbook.HIRE_DATE, formatter, errors, locale));
                rows.add(parsed);
            }
        } catch (IOException e) {
            throw DomainException.invalid("file", "import.error.notSpreadsheet");
        }
    }

    /**
     * An exported list carries masked ID numbers ("430***********1234"). Re-importing it must not
     * wipe the real ones: a masked number that matches the stored one keeps the stored number.
     */
    private void keepStoredIdNumberIfMasked(ParsedRow r, StaffMember known, List<ImportReport.RowError> errors, Locale locale) {
        String id = r.form().getIdNumber();
        if (id == null || !id.contains("*")) {
            return;
        }
        if (known != null && known.getIdNumber() != null && ResidentIdNumber.mask(known.getIdNumber()).equals(id)) {
            r.form().setIdNumber(known.getIdNumber());
        } else {
            r.unreadableFields().add("idNumber");
            errors.add(error(r, StaffWorkbook.ID_NUMBER, "import.error.maskedIdNumber", locale));
            r.form().setIdNumber(null);
        }
    }

    private static Workbook open(InputStream in) {
        try {
            return new XSSFWorkbook(in);
        } catch (Exception e) {
            // Not a zip, not OOXML, a legacy .xls, or a damaged file: all mean "not an .xlsx workbook".
            throw DomainException.invalid("file", "import.error.notSpreadsheet");
        }
    }

    private <E> void enumCell(ParsedRow r, Function<StaffWorkbook, String> text, StaffWorkbook col,
                              Function<String, Optional<E>> parse, java.util.function.Consumer<E> set,
                              List<ImportReport.RowError> errors, Locale locale) {
        String value = text.apply(col);
        if (value == null) {
            return;
        }
        Optional<E> parsed = parse.apply(value);
        if (parsed.isPresent()) {
            set.accept(parsed.get());
        } else {
            r.unreadableFields().add(col.field());
            errors.add(error(r, col, "import.error.unknownValue", locale, value));
        }
    }

    private LocalDate dateCell(ParsedRow r, Row row, Integer idx, StaffWorkbook col, DataFormatter formatter,
                               List<ImportReport.RowError> errors, Locale locale) {
        if (idx == null || row.getCell(idx) == null) {
            return null;
        }
        Cell cell = row.getCell(idx);
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String s = formatter.formatCellValue(cell).trim();
        if (s.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(s, format);
            } catch (DateTimeParseException ignored) {
                // try the next accepted spelling
            }
        }
        r.unreadableFields().add(col.field());
        errors.add(error(r, col, "import.error.badDate", locale, s));
        return null;
    }

    private static boolean isBlank(Row row, DataFormatter formatter) {
        for (Cell cell : row) {
            if (!formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean differs(StaffMember known, StaffForm form) {
        Map<String, Object> before = known.snapshot();
        StaffMember probe = new StaffMember(Instant.EPOCH);
        probe.apply(form, Instant.EPOCH);
        return !before.equals(probe.snapshot());
    }

    private ImportReport.RowError error(ParsedRow r, StaffWorkbook col, String key, Locale locale, Object... args) {
        return new ImportReport.RowError(r.rowNumber(), col.header(), messages.getMessage(key, args, key, locale));
    }

    private static String header(String field) {
        for (StaffWorkbook col : StaffWorkbook.values()) {
            if (col.field().equals(field)) {
                return col.header();
            }
        }
        return field;
    }

    private static <T> List<List<T>> chunks(List<T> list) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += LOOKUP_CHUNK) {
            out.add(list.subList(i, Math.min(list.size(), i + LOOKUP_CHUNK)));
        }
        return out;
    }
}
