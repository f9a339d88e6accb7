package org.yuanwu.training.internal.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.yuanwu.common.DomainException;

/**
 * The paper-exam score workbook: one row per candidate (工号, 姓名, 科室, 成绩). The template lists the exam's
 * candidates; the import reads the rows whose score cell is filled, matching people by employee number (the name
 * and unit columns are for the person filling it in).
 */
public final class PaperScoreWorkbook {

    /** The columns, with the header written in the template and the headers accepted on import. */
    public enum Column {
        EMPLOYEE_NO("工号", "Employee no"), NAME("姓名", "Name"), UNIT("科室", "Unit"), SCORE("成绩", "Score");

        private final String header;
        private final String english;

        Column(String header, String english) {
            this.header = header;
            this.english = english;
        }

        public String header() {
            return header;
        }

        boolean matches(String text) {
            return header.equals(text) || english.equalsIgnoreCase(text);
        }
    }

    public static final int MAX_ROWS = 5_000;

    /** A data row with a score: its sheet row number (as Excel shows it), the employee number and the score text. */
    public record Line(int row, String employeeNo, String score) {
    }

    private PaperScoreWorkbook() {
    }

    public static List<String> headers() {
        return java.util.Arrays.stream(Column.values()).map(Column::header).toList();
    }

    /** The rows with an employee number or a score; blank rows and rows with neither are skipped. */
    public static List<Line> read(InputStream in) {
        List<Line> lines = new ArrayList<>();
        try (Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getNumberOfSheets() == 0 ? null : wb.getSheetAt(0);
            if (sheet == null || sheet.getRow(0) == null) {
                throw DomainException.invalid("file", "exam.import.noHeader");
            }
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            Map<Column, Integer> columns = new EnumMap<>(Column.class);
            Row header = sheet.getRow(0);
            for (int c = 0; c < header.getLastCellNum(); c++) {
                String h = fmt.formatCellValue(header.getCell(c)).strip();
                for (Column col : Column.values()) {
                    if (col.matches(h)) {
                        columns.put(col, c);
                    }
                }
            }
            for (Column required : List.of(Column.EMPLOYEE_NO, Column.SCORE)) {
                if (!columns.containsKey(required)) {
                    throw DomainException.invalid("file", "exam.import.missingColumn", required.header());
                }
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String no = row == null ? "" : fmt.formatCellValue(row.getCell(columns.get(Column.EMPLOYEE_NO))).strip();
                String score = row == null ? "" : fmt.formatCellValue(row.getCell(columns.get(Column.SCORE))).strip();
                if (score.isEmpty()) {
                    continue; // a candidate left blank has no score yet
                }
                if (lines.size() >= MAX_ROWS) {
                    throw DomainException.invalid("file", "exam.import.tooManyRows", MAX_ROWS);
                }
                lines.add(new Line(r + 1, no, score));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException de) {
                throw de;
            }
            throw DomainException.invalid("file", "exam.import.unreadable");
        }
        if (lines.isEmpty()) {
            throw DomainException.invalid("file", "techfile.import.noScores");
        }
        return lines;
    }
}
