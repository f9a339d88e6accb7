package org.yuanwu.indicator.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.UnitView;

/**
 * Uploads manual figures from a workbook with the columns 指标项编码, 单位编码, 日期, 数值 (or their
 * English names). All rows are checked first; one bad row and nothing is saved.
 */
@Service
public class ManualFactsWorkbook {

    static final List<String> HEADERS = List.of("指标项编码", "单位编码", "日期", "数值");
    static final List<String> HEADERS_EN = List.of("measure", "unit", "date", "value");
    static final int MAX_ROWS = 20_000;

    private final ManualFacts facts;
    private final OrgUnitService units;
    private final MessageSource messages;

    ManualFactsWorkbook(ManualFacts facts, OrgUnitService units, MessageSource messages) {
        this.facts = facts;
        this.units = units;
        this.messages = messages;
    }

    public record RowError(int row, String message) {
    }

    public record Report(int rows, boolean saved, List<RowError> errors) {
    }

    private record Line(int row, String measure, Long unitId, LocalDate date, BigDecimal value) {
    }

    @Transactional
    public Report upload(InputStream in) {
        CurrentActor.require(Permissions.INDICATOR_WRITE);
        Locale locale = LocaleContextHolder.getLocale();
        List<Line> lines = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<String, Long> unitIds = new HashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            for (int c = 0; c < HEADERS.size(); c++) {
                String h = header == null ? "" : fmt.formatCellValue(header.getCell(c)).trim();
                if (!h.equals(HEADERS.get(c)) && !h.equalsIgnoreCase(HEADERS_EN.get(c))) {
                    throw DomainException.invalid("file", "indicator.import.badHeader", String.join(", ", HEADERS));
                }
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw DomainException.invalid("file", "indicator.import.tooManyRows", MAX_ROWS);
            }
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || fmt.formatCellValue(row.getCell(0)).isBlank() && fmt.formatCellValue(row.getCell(3)).isBlank()) {
                    continue;
                }
                int number = r + 1;
                String measure = fmt.formatCellValue(row.getCell(0)).trim();
                String unitCode = fmt.formatCellValue(row.getCell(1)).trim();
                Long unitId = unitIds.computeIfAbsent(unitCode, code -> units.findByCode(code).map(UnitView::id).orElse(-1L));
                LocalDate date = date(row.getCell(2), fmt);
                BigDecimal value = number(row.getCell(3), fmt);
                if (unitId < 0) {
                    errors.add(new RowError(number, text("indicator.error.unknownUnit", locale, unitCode)));
                }
                if (date == null) {
                    errors.add(new RowError(number, text("indicator.error.dateRequired", locale)));
                }
                if (value == null) {
                    errors.add(new RowError(number, text("indicator.import.badValue", locale, fmt.formatCellValue(row.getCell(3)))));
                }
                lines.add(new Line(number, measure, unitId, date, value));
            }
        } catch (DomainException e) {
            throw e;
        } catch (Exception e) {
            throw DomainException.invalid("file", "import.error.notSpreadsheet");
        }
        if (errors.isEmpty()) {
            // The rules of a single entry (manual measure, scope, sign) are checked by entering;
            // a failure rolls the whole upload back and is reported against its row.
            for (Line line : lines) {
                try {
                    facts.enter(line.measure(), line.unitId(), line.date(), line.value());
                } catch (DomainException e) {
                    errors.add(new RowError(line.row(), text(e.messageKey(), locale, e.args())));
                }
            }
            if (!errors.isEmpty()) {
                org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            }
        }
        return new Report(lines.size(), errors.isEmpty() && !lines.isEmpty(), List.copyOf(errors));
    }

    private static LocalDate date(Cell cell, DataFormatter fmt) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        try {
            String s = fmt.formatCellValue(cell).trim();
            return s.length() == 7 ? LocalDate.parse(s + "-01") : LocalDate.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static BigDecimal number(Cell cell, DataFormatter fmt) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        try {
            return new BigDecimal(fmt.formatCellValue(cell).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
