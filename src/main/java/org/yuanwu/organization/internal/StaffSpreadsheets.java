package org.yuanwu.organization.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.Gender;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.organization.ResidentIdNumber;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffImportService;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.StaffWorkbook;
import org.yuanwu.organization.UnitView;

/**
 * The .xlsx files of the staff register — the filtered export and the import template — so the
 * pages and the API hand out the same files. Both use the import's columns and spell values the
 * way the importer reads them (Chinese labels, unit codes, ISO dates).
 */
@Component
class StaffSpreadsheets {

    static final String EXPORT_FILE = "staff.xlsx";
    static final String TEMPLATE_FILE = "staff-import-template.xlsx";
    /** Sheet names stay Chinese whatever the user's language, like the column headers. */
    static final String DATA_SHEET = "人员档案";
    static final String NOTES_SHEET = "说明";

    private final StaffService staff;
    private final OrgUnitService units;
    private final MessageSource messages;

    StaffSpreadsheets(StaffService staff, OrgUnitService units, MessageSource messages) {
        this.staff = staff;
        this.units = units;
        this.messages = messages;
    }

    /** The staff the filter finds, ID numbers masked as in the list. */
    byte[] export(StaffFilter filter) {
        List<StaffView> rows = staff.export(filter);
        Map<Long, String> unitCodes = new HashMap<>();
        units.allVisible(false).forEach(u -> unitCodes.put(u.id(), u.code()));
        return ExcelSheet.write(DATA_SHEET, StaffWorkbook.headers(), rows.stream()
                .map(s -> Arrays.stream(StaffWorkbook.values())
                        .map(col -> cell(col, s, unitCodes.getOrDefault(s.unitId(), s.unitName())))
                        .toList())
                .toList());
    }

    /** An empty workbook with one example row, plus a notes sheet of allowed values and the caller's units. */
    byte[] template() {
        List<UnitView> visible = units.allVisible(true);
        Locale locale = LocaleContextHolder.getLocale();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            Sheet data = wb.createSheet(DATA_SHEET);
            Sheet notes = wb.createSheet(NOTES_SHEET);
            writeDataSheet(data, styles, exampleUnitCode(visible));
            int firstUnitRow = writeNotesSheet(notes, styles, visible, locale);
            addDropDowns(data, firstUnitRow, visible.size());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An .xlsx download with a file name that survives non-ASCII characters. */
    static ResponseEntity<byte[]> download(String fileName, byte[] body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, ExcelSheet.CONTENT_TYPE)
                .body(body);
    }

    private static Object cell(StaffWorkbook col, StaffView s, String unitCode) {
        return switch (col) {
            case EMPLOYEE_NO -> s.employeeNo();
            case NAME -> s.name();
            case GENDER -> s.gender() == null ? null : s.gender().zh();
            case BIRTH_DATE -> s.birthDate();
            case ID_NUMBER -> s.idNumber();
            case PHONE -> s.phone();
            case UNIT_CODE -> unitCode;
            case POSITION -> s.position();
            case TITLE -> s.title() == null ? null : s.title().zh();
            case NURSE_LEVEL -> s.nurseLevel() == null ? null : s.nurseLevel().name();
            case HIRE_DATE -> s.hireDate();
            case EMPLOYMENT_TYPE -> s.employmentType() == null ? null : s.employmentType().zh();
            case STATUS -> s.status() == null ? null : s.status().zh();
        };
    }

    private static void writeDataSheet(Sheet sheet, Styles styles, String unitCode) {
        Row header = sheet.createRow(0);
        Row example = sheet.createRow(1);
        LocalDate birth = LocalDate.of(1986, 3, 12);
        for (StaffWorkbook col : StaffWorkbook.values()) {
            int i = col.ordinal();
            Cell h = header.createCell(i);
            h.setCellValue(col.header());
            h.setCellStyle(col.required() ? styles.requiredHeader : styles.header);
            sheet.setColumnWidth(i, (col == StaffWorkbook.ID_NUMBER ? 22 : 14) * 256);
            // Excel turns typed digits into numbers: an 18-digit ID loses its last digits and
            // leading zeros vanish from employee numbers, so text columns are preformatted as text.
            CellStyle columnStyle = isDate(col) ? styles.date : styles.text;
            sheet.setDefaultColumnStyle(i, columnStyle);
            Cell c = example.createCell(i);
            c.setCellStyle(columnStyle);
            switch (col) {
                case EMPLOYEE_NO -> c.setCellValue("N0001");
                case NAME -> c.setCellValue("李芳");
                case GENDER -> c.setCellValue(Gender.FEMALE.zh());
                case BIRTH_DATE -> c.setCellValue(birth);
                // An even sequence number encodes a woman, matching the example's gender.
                case ID_NUMBER -> c.setCellValue(ResidentIdNumber.compose("110101", birth, 124));
                case PHONE -> c.setCellValue("13800138000");
                case UNIT_CODE -> c.setCellValue(unitCode);
                case POSITION -> c.setCellValue("护士长");
                case TITLE -> c.setCellValue(ProfessionalTitle.NURSE_SUPERVISOR.zh());
                case NURSE_LEVEL -> c.setCellValue(NurseLevel.N3.name());
                case HIRE_DATE -> c.setCellValue(LocalDate.of(2008, 7, 1));
                case EMPLOYMENT_TYPE -> c.setCellValue(EmploymentType.ESTABLISHED.zh());
                case STATUS -> c.setCellValue(StaffStatus.ACTIVE.zh());
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /** Writes the notes; returns the 0-based row of the first unit, for the unit-code drop-down. */
    private int writeNotesSheet(Sheet sheet, Styles styles, List<UnitView> visible, Locale locale) {
        int r = 0;
        sheet.createRow(r++).createCell(0).setCellValue(text("import.template.exampleNote", locale));
        sheet.createRow(r++).createCell(0).setCellValue(text("import.template.matchNote", locale));
        sheet.createRow(r++).createCell(0).setCellValue(text("import.template.textNote", locale));
        r++;
        headerRow(sheet.createRow(r++), styles, text("import.template.column", locale),
                text("import.template.required", locale), text("import.template.values", locale),
                text("import.template.codes", locale), text("import.template.notes", locale));
        for (StaffWorkbook col : StaffWorkbook.values()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(col.header());
            row.createCell(1).setCellValue(text(col.required() ? "common.yes" : "common.no", locale));
            row.createCell(2).setCellValue(String.join("、", labels(col)));
            row.createCell(3).setCellValue(String.join(", ", codes(col)));
            row.createCell(4).setCellValue(text("import.template.note." + col.field(), locale));
        }
        r++;
        Row unitsTitle = sheet.createRow(r++);
        unitsTitle.createCell(0).setCellValue(text("import.template.units", locale));
        unitsTitle.getCell(0).setCellStyle(styles.header);
        headerRow(sheet.createRow(r++), styles, text("import.template.unitCode", locale),
                text("import.template.unitName", locale));
        int firstUnitRow = r;
        for (UnitView u : visible) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(u.code());
            row.createCell(1).setCellValue("　".repeat(Math.max(0, u.depth())) + u.name());
        }
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        sheet.setColumnWidth(2, 40 * 256);
        sheet.setColumnWidth(3, 40 * 256);
        sheet.setColumnWidth(4, 50 * 256);
        return firstUnitRow;
    }

    /**
     * Suggests the allowed values in drop-downs. They only suggest: the importer also accepts the
     * English codes, and it reports anything else row by row.
     */
    private static void addDropDowns(Sheet sheet, int firstUnitRow, int unitCount) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (StaffWorkbook col : StaffWorkbook.values()) {
            List<String> values = labels(col);
            if (!values.isEmpty()) {
                addDropDown(sheet, helper, helper.createExplicitListConstraint(values.toArray(String[]::new)), col);
            }
        }
        if (unitCount > 0) {
            String range = "'" + NOTES_SHEET + "'!$A$" + (firstUnitRow + 1) + ":$A$" + (firstUnitRow + unitCount);
            addDropDown(sheet, helper, helper.createFormulaListConstraint(range), StaffWorkbook.UNIT_CODE);
        }
    }

    private static void addDropDown(Sheet sheet, DataValidationHelper helper, DataValidationConstraint constraint,
                                    StaffWorkbook col) {
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(1, StaffImportService.MAX_ROWS, col.ordinal(), col.ordinal()));
        validation.setShowErrorBox(false);
        // XSSF inverts this flag: true shows the arrow.
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    /** The values a person writes in an enum column, as the importer reads them. */
    private static List<String> labels(StaffWorkbook col) {
        return switch (col) {
            case GENDER -> Arrays.stream(Gender.values()).map(Gender::zh).toList();
            case TITLE -> Arrays.stream(ProfessionalTitle.values()).map(ProfessionalTitle::zh).toList();
            case NURSE_LEVEL -> Arrays.stream(NurseLevel.values()).map(NurseLevel::name).toList();
            case EMPLOYMENT_TYPE -> Arrays.stream(EmploymentType.values()).map(EmploymentType::zh).toList();
            case STATUS -> Arrays.stream(StaffStatus.values()).map(StaffStatus::zh).toList();
            default -> List.of();
        };
    }

    /** The codes the importer accepts besides the Chinese labels (nurse levels have only codes). */
    private static List<String> codes(StaffWorkbook col) {
        return switch (col) {
            case GENDER -> names(Gender.values());
            case TITLE -> names(ProfessionalTitle.values());
            case EMPLOYMENT_TYPE -> names(EmploymentType.values());
            case STATUS -> names(StaffStatus.values());
            default -> List.of();
        };
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toList());
    }

    private static boolean isDate(StaffWorkbook col) {
        return col == StaffWorkbook.BIRTH_DATE || col == StaffWorkbook.HIRE_DATE;
    }

    /** A ward suits the nurse in the example row; otherwise any unit the caller can see. */
    private static String exampleUnitCode(List<UnitView> visible) {
        return visible.stream().filter(u -> u.kind() == OrgUnitKind.WARD).findFirst()
                .or(() -> visible.stream().findFirst())
                .map(UnitView::code).orElse("");
    }

    private static void headerRow(Row row, Styles styles, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(texts[i]);
            c.setCellStyle(styles.header);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, "", locale);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle requiredHeader;
        final CellStyle text;
        final CellStyle date;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            Font boldRed = wb.createFont();
            boldRed.setBold(true);
            boldRed.setColor(org.apache.poi.ss.usermodel.IndexedColors.DARK_RED.getIndex());
            requiredHeader = wb.createCellStyle();
            requiredHeader.setFont(boldRed);
            text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }
}
