package org.yuanwu.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.Gender;
import org.yuanwu.organization.Labels;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.organization.ResidentIdNumber;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffForm;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.StaffWorkbook;
import org.yuanwu.organization.UnitView;

/** The export and the template speak the importer's language: its columns, labels, codes and dates. */
class StaffSpreadsheetsTest {

    private final StaffService staff = mock(StaffService.class);
    private final OrgUnitService units = mock(OrgUnitService.class);
    private final StaffSpreadsheets spreadsheets = new StaffSpreadsheets(staff, units, new StaticMessageSource());

    private static UnitView unit(long id, String code, String name, OrgUnitKind kind, int depth) {
        return new UnitView(id, code, name, kind, null, "/" + id + "/", depth, null, null, null, true, null, 0, false);
    }

    private static Workbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> cells(Row row) {
        DataFormatter f = new DataFormatter(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < StaffWorkbook.values().length; i++) {
            out.add(f.formatCellValue(row.getCell(i)).trim());
        }
        return out;
    }

    @Test
    void templateExampleRowIsAStaffRecordTheImporterAccepts() throws IOException {
        when(units.allVisible(true)).thenReturn(List.of(unit(1, "H01", "人民医院", OrgUnitKind.INSTITUTION, 0),
                unit(3, "H01-W001", "心内科一病区", OrgUnitKind.WARD, 2)));
        try (Workbook wb = read(spreadsheets.template())) {
            Sheet data = wb.getSheetAt(0);
            assertThat(cells(data.getRow(0))).isEqualTo(StaffWorkbook.headers());
            List<String> example = cells(data.getRow(1));
            Cell idCell = data.getRow(1).getCell(StaffWorkbook.ID_NUMBER.ordinal());
            assertThat(idCell.getCellType()).as("ID numbers must stay text").isEqualTo(CellType.STRING);

            StaffForm form = new StaffForm();
            form.setEmployeeNo(example.get(StaffWorkbook.EMPLOYEE_NO.ordinal()));
            form.setName(example.get(StaffWorkbook.NAME.ordinal()));
            form.setGender(Labels.gender(example.get(StaffWorkbook.GENDER.ordinal())).orElseThrow());
            form.setBirthDate(data.getRow(1).getCell(StaffWorkbook.BIRTH_DATE.ordinal()).getLocalDateTimeCellValue().toLocalDate());
            form.setIdNumber(idCell.getStringCellValue());
            form.setTitle(Labels.title(example.get(StaffWorkbook.TITLE.ordinal())).orElseThrow());
            form.setNurseLevel(Labels.nurseLevel(example.get(StaffWorkbook.NURSE_LEVEL.ordinal())).orElseThrow());
            form.setHireDate(data.getRow(1).getCell(StaffWorkbook.HIRE_DATE.ordinal()).getLocalDateTimeCellValue().toLocalDate());
            form.setEmploymentType(Labels.employmentType(example.get(StaffWorkbook.EMPLOYMENT_TYPE.ordinal())).orElseThrow());
            form.setStatus(Labels.status(example.get(StaffWorkbook.STATUS.ordinal())).orElseThrow());

            assertThat(ResidentIdNumber.isValid(form.getIdNumber())).isTrue();
            assertThat(StaffRules.check(form, LocalDate.of(2026, 11, 24))).isEmpty();
            assertThat(example.get(StaffWorkbook.UNIT_CODE.ordinal())).as("a ward suits the example nurse").isEqualTo("H01-W001");
        }
    }

    @Test
    void templateNotesListTheAllowedLabelsAndTheCallersUnits() throws IOException {
        when(units.allVisible(true)).thenReturn(List.of(unit(7, "T01-V02", "桃源村卫生室", OrgUnitKind.VILLAGE_CLINIC, 1)));
        try (Workbook wb = read(spreadsheets.template())) {
            Sheet notes = wb.getSheet(StaffSpreadsheets.NOTES_SHEET);
            assertThat(notes).isNotNull();
            DataFormatter f = new DataFormatter(Locale.ROOT);
            StringBuilder text = new StringBuilder();
            notes.forEach(row -> row.forEach(c -> text.append(f.formatCellValue(c)).append('\n')));
            for (ProfessionalTitle t : ProfessionalTitle.values()) {
                assertThat(text).contains(t.zh());
            }
            for (EmploymentType t : EmploymentType.values()) {
                assertThat(text).contains(t.zh());
            }
            assertThat(text).contains(Gender.MALE.zh(), StaffStatus.RETIRED.zh(), NurseLevel.N4.name(), "T01-V02", "桃源村卫生室");
        }
    }

    @Test
    void exportWritesEachValueUnderItsImportColumnWithTheUnitCode() throws IOException {
        StaffFilter filter = StaffFilter.none();
        when(staff.export(filter)).thenReturn(List.of(new StaffView(5L, "D0007", "周明", Gender.MALE,
                LocalDate.of(1979, 5, 2), "430***********0011", null, 3L, "心内科一病区", null,
                ProfessionalTitle.DOCTOR_ATTENDING, null, LocalDate.of(2003, 8, 1), EmploymentType.CONTRACT,
                StaffStatus.ACTIVE, 2)));
        when(units.allVisible(false)).thenReturn(List.of(unit(3, "H01-W001", "心内科一病区", OrgUnitKind.WARD, 2)));
        try (Workbook wb = read(spreadsheets.export(filter))) {
            Sheet data = wb.getSheetAt(0);
            assertThat(cells(data.getRow(0))).isEqualTo(StaffWorkbook.headers());
            List<String> row = cells(data.getRow(1));
            assertThat(row.get(StaffWorkbook.EMPLOYEE_NO.ordinal())).isEqualTo("D0007");
            assertThat(row.get(StaffWorkbook.GENDER.ordinal())).isEqualTo("男");
            assertThat(row.get(StaffWorkbook.BIRTH_DATE.ordinal())).isEqualTo("1979-05-02");
            assertThat(row.get(StaffWorkbook.PHONE.ordinal())).isEmpty();
            assertThat(row.get(StaffWorkbook.UNIT_CODE.ordinal())).isEqualTo("H01-W001");
            assertThat(row.get(StaffWorkbook.TITLE.ordinal())).isEqualTo("主治医师");
            assertThat(row.get(StaffWorkbook.NURSE_LEVEL.ordinal())).isEmpty();
            assertThat(row.get(StaffWorkbook.EMPLOYMENT_TYPE.ordinal())).isEqualTo("合同");
            assertThat(row.get(StaffWorkbook.STATUS.ordinal())).isEqualTo("在岗");
        }
    }
}
