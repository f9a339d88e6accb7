package org.yuanwu.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.yuanwu.organization.ResidentIdNumber;
import org.yuanwu.organization.StaffWorkbook;

/** Writes staff workbooks the way an office would fill the template, good rows and deliberately bad ones. */
public final class StaffWorkbookFile {

    private final List<List<String>> rows = new ArrayList<>();

    /** A valid nurse row in the given unit; {@code n} makes the employee number, name and ID number unique. */
    public StaffWorkbookFile nurse(String employeeNo, int n, String unitCode) {
        LocalDate birth = LocalDate.of(1975 + n % 20, 1 + n % 12, 1 + n % 28);
        String id = ResidentIdNumber.compose("430521", birth, (2 * n) % 1000);
        rows.add(List.of(employeeNo, "王" + "静丽芳娜敏燕红霞".charAt(n % 8) + (n % 2 == 0 ? "" : "华"), "女", birth.toString(), id,
                "138" + String.format("%08d", n), unitCode, "", "护师", "N" + (n % 5), "2015-07-01", "合同", "在岗"));
        return this;
    }

    /** A row with arbitrary cells, in column order. */
    public StaffWorkbookFile row(List<String> cells) {
        rows.add(cells);
        return this;
    }

    public int size() {
        return rows.size();
    }

    public List<String> row(int index) {
        return rows.get(index);
    }

    public void replace(int index, int column, String value) {
        List<String> copy = new ArrayList<>(rows.get(index));
        copy.set(column, value);
        rows.set(index, copy);
    }

    public byte[] toXlsx() {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            Sheet sheet = wb.createSheet("人员");
            Row header = sheet.createRow(0);
            List<String> headers = StaffWorkbook.headers();
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 50 rows for one unit, 3 of them bad: a wrong ID check digit, an unknown gender, a missing name. */
    public static StaffWorkbookFile fiftyWithThreeBad(String prefix, String unitCode) {
        StaffWorkbookFile file = new StaffWorkbookFile();
        for (int i = 1; i <= 50; i++) {
            file.nurse(prefix + String.format("%03d", i), i, unitCode);
        }
        String id = file.row(9).get(4);
        file.replace(9, 4, id.substring(0, 17) + (id.charAt(17) == '1' ? "2" : "1"));
        file.replace(19, 2, "未知");
        file.replace(29, 1, "");
        return file;
    }
}
