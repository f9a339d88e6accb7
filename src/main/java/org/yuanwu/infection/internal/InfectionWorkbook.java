package org.yuanwu.infection.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.infection.AdmissionInput;
import org.yuanwu.infection.CensusForm;
import org.yuanwu.infection.CensusGranularity;
import org.yuanwu.infection.CensusService;
import org.yuanwu.infection.ClinicalEventService;
import org.yuanwu.infection.EventInput;
import org.yuanwu.infection.EventKind;
import org.yuanwu.infection.IntakeResult;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.UnitView;

/**
 * The infection workbook: monthly census per ward, stays and clinical events, for hospitals whose HIS cannot call the
 * API. One upload is all or nothing; every error is reported with its sheet and row.
 */
@Service
public class InfectionWorkbook {

    static final String CENSUS = "病区床日";
    static final String STAYS = "住院";
    static final String EVENTS = "临床数据";
    static final List<String> CENSUS_HEADERS = List.of("病区代码", "月份", "入院人数", "出院人数", "实际占用床日", "中心静脉插管日",
            "导尿管日", "呼吸机日", "手术例数");
    static final List<String> STAY_HEADERS = List.of("住院号", "病案号", "病区代码", "入院时间", "出院时间");
    static final List<String> EVENT_HEADERS = List.of("数据编号", "住院号", "类型", "发生时间", "数值", "标本", "病原体", "阳性", "说明");
    static final int MAX_ROWS = ClinicalEventService.MAX_BATCH;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CensusService census;
    private final ClinicalEventService clinical;
    private final OrgUnitService units;
    private final MessageSource messages;

    InfectionWorkbook(CensusService census, ClinicalEventService clinical, OrgUnitService units, MessageSource messages) {
        this.census = census;
        this.clinical = clinical;
        this.units = units;
        this.messages = messages;
    }

    public record RowError(String sheet, int row, String message) {
    }

    public record Report(int censusRows, int stays, int events, boolean saved, List<RowError> errors) {
    }

    /** A template: the three sheets with headers and one example row each, to overwrite. */
    public byte[] template() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(wb, CENSUS, CENSUS_HEADERS, List.of("W01", YearMonth.now(Requests.ZONE).minusMonths(1).toString(), "120", "118",
                    "900", "40", "130", "0", "12"));
            sheet(wb, STAYS, STAY_HEADERS, List.of("ZY2026000123", "BA0098765", "W01", "2026-03-01 08:30", ""));
            sheet(wb, EVENTS, EVENT_HEADERS, List.of("LIS-000001", "ZY2026000123", "TEMPERATURE", "2026-03-04 15:00", "38.6", "",
                    "", "", ""));
            Sheet notes = wb.createSheet("说明");
            String[] lines = {"类型：TEMPERATURE 体温（数值填°C）、CULTURE 培养（填标本、病原体、阳性 是/否）、ANTIBIOTIC_START 新开抗菌药物、"
                    + "DEVICE_INSERTED 置管、DEVICE_REMOVED 拔管、IMAGING 影像（说明中填写所见）",
                    "时间格式：yyyy-MM-dd HH:mm；月份格式：yyyy-MM", "数据编号为 HIS/LIS 中该条数据的唯一编号：重复上传不会重复计入。",
                    "整个文件全部正确才会保存；有错误时逐行列出，不保存任何内容。"};
            for (int i = 0; i < lines.length; i++) {
                notes.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook wb, String name, List<String> headers, List<String> example) {
        Sheet s = wb.createSheet(name);
        Row h = s.createRow(0);
        Row e = s.createRow(1);
        for (int i = 0; i < headers.size(); i++) {
            h.createCell(i).setCellValue(headers.get(i));
            e.createCell(i).setCellValue(example.get(i));
            s.setColumnWidth(i, 16 * 256);
        }
    }

    @Transactional
    public Report upload(InputStream in) {
        CurrentActor.require(Permissions.INFECTION_REPORT);
        Locale locale = LocaleContextHolder.getLocale();
        List<RowError> errors = new ArrayList<>();
        List<Object[]> censusRows = new ArrayList<>();
        List<AdmissionInput> stays = new ArrayList<>();
        List<EventInput> events = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(in)) {
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            Sheet c = wb.getSheet(CENSUS);
            Sheet s = wb.getSheet(STAYS);
            Sheet e = wb.getSheet(EVENTS);
            if (c == null && s == null && e == null) {
                throw DomainException.invalid("file", "infection.import.noSheets", CENSUS, STAYS, EVENTS);
            }
            for (Sheet sheet : new Sheet[] {c, s, e}) {
                if (sheet != null && sheet.getLastRowNum() > MAX_ROWS) {
                    throw DomainException.invalid("file", "infection.import.tooManyRows", sheet.getSheetName(), MAX_ROWS);
                }
            }
            if (c != null) {
                header(c, CENSUS_HEADERS, fmt);
                for (int r = 1; r <= c.getLastRowNum() && !blank(c.getRow(r), fmt); r++) {
                    Row row = c.getRow(r);
                    String code = text(row, 0, fmt);
                    YearMonth month = month(text(row, 1, fmt));
                    Long unitId = units.findByCode(code).map(UnitView::id).orElse(null);
                    if (unitId == null) {
                        errors.add(new RowError(CENSUS, r + 1, message("infection.import.unknownUnit", locale, code)));
                    }
                    if (month == null) {
                        errors.add(new RowError(CENSUS, r + 1, message("infection.error.month", locale, text(row, 1, fmt))));
                    }
                    Integer[] counts = new Integer[7];
                    for (int i = 0; i < 7; i++) {
                        counts[i] = integer(text(row, i + 2, fmt));
                        if (counts[i] == null) {
                            errors.add(new RowError(CENSUS, r + 1, message("infection.import.notCount", locale,
                                    CENSUS_HEADERS.get(i + 2), text(row, i + 2, fmt))));
                        }
                    }
                    censusRows.add(new Object[] {r + 1, unitId, month, counts});
                }
            }
            if (s != null) {
                header(s, STAY_HEADERS, fmt);
                for (int r = 1; r <= s.getLastRowNum() && !blank(s.getRow(r), fmt); r++) {
                    Row row = s.getRow(r);
                    LocalDateTime admitted = time(row.getCell(3), fmt);
                    String dischargedText = text(row, 4, fmt);
                    LocalDateTime discharged = dischargedText.isEmpty() ? null : time(row.getCell(4), fmt);
                    if (admitted == null || (!dischargedText.isEmpty() && discharged == null)) {
                        errors.add(new RowError(STAYS, r + 1, message("infection.import.badTime", locale)));
                    }
                    stays.add(new AdmissionInput(text(row, 0, fmt), text(row, 1, fmt), text(row, 2, fmt), admitted, discharged));
                }
            }
            if (e != null) {
                header(e, EVENT_HEADERS, fmt);
                for (int r = 1; r <= e.getLastRowNum() && !blank(e.getRow(r), fmt); r++) {
                    Row row = e.getRow(r);
                    EventKind kind = kind(text(row, 2, fmt));
                    LocalDateTime at = time(row.getCell(3), fmt);
                    String amountText = text(row, 4, fmt);
                    BigDecimal amount = amountText.isEmpty() ? null : decimal(amountText);
                    if (kind == null) {
                        errors.add(new RowError(EVENTS, r + 1, message("infection.import.badKind", locale, text(row, 2, fmt))));
                    }
                    if (at == null) {
                        errors.add(new RowError(EVENTS, r + 1, message("infection.import.badTime", locale)));
                    }
                    if (!amountText.isEmpty() && amount == null) {
                        errors.add(new RowError(EVENTS, r + 1, message("infection.import.notNumber", locale, amountText)));
                    }
                    String positive = text(row, 7, fmt);
                    events.add(new EventInput(text(row, 0, fmt), text(row, 1, fmt), kind, at, amount, text(row, 5, fmt),
                            text(row, 6, fmt), positive.isEmpty() ? null : List.of("是", "阳性", "Y", "YES", "TRUE", "1")
                            .contains(positive.toUpperCase(Locale.ROOT)), text(row, 8, fmt)));
                }
            }
        } catch (DomainException ex) {
            throw ex;
        } catch (Exception ex) {
            throw DomainException.invalid("file", "import.error.notSpreadsheet");
        }
        if (errors.isEmpty()) {
            for (Object[] row : censusRows) {
                Integer[] n = (Integer[]) row[3];
                try {
                    census.save(new CensusForm((Long) row[1], CensusGranularity.MONTH, ((YearMonth) row[2]).atDay(1), n[0], n[1],
                            n[2], n[3], n[4], n[5], n[6], null));
                } catch (DomainException ex) {
                    errors.add(new RowError(CENSUS, (Integer) row[0], message(ex.messageKey(), locale, ex.args())));
                }
            }
            try {
                if (!stays.isEmpty()) {
                    clinical.receiveAdmissions(stays, 2);
                }
            } catch (DomainException ex) {
                errors.add(new RowError(STAYS, 0, message(ex.messageKey(), locale, ex.args())));
            }
            try {
                if (!events.isEmpty() && errors.isEmpty()) {
                    clinical.receiveEvents(events, 2);
                }
            } catch (DomainException ex) {
                errors.add(new RowError(EVENTS, 0, message(ex.messageKey(), locale, ex.args())));
            }
        }
        boolean saved = errors.isEmpty() && (censusRows.size() + stays.size() + events.size()) > 0;
        if (!saved) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return new Report(censusRows.size(), stays.size(), events.size(), saved, List.copyOf(errors));
    }

    private void header(Sheet sheet, List<String> headers, DataFormatter fmt) {
        Row h = sheet.getRow(0);
        for (int i = 0; i < headers.size(); i++) {
            String got = h == null ? "" : fmt.formatCellValue(h.getCell(i)).trim();
            if (!got.equals(headers.get(i))) {
                throw DomainException.invalid("file", "infection.import.badHeader", sheet.getSheetName(), String.join("、", headers));
            }
        }
    }

    private static boolean blank(Row row, DataFormatter fmt) {
        if (row == null) {
            return true;
        }
        for (int i = 0; i < 4; i++) {
            if (!fmt.formatCellValue(row.getCell(i)).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String text(Row row, int col, DataFormatter fmt) {
        return fmt.formatCellValue(row.getCell(col)).strip();
    }

    private static LocalDateTime time(Cell cell, DataFormatter fmt) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue();
        }
        String s = fmt.formatCellValue(cell).strip().replace('T', ' ').replace('/', '-');
        try {
            return s.length() == 10 ? LocalDate.parse(s).atStartOfDay() : LocalDateTime.parse(s.length() == 19 ? s.substring(0, 16) : s, TIME);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static YearMonth month(String s) {
        try {
            return YearMonth.parse(s.length() > 7 ? s.substring(0, 7) : s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Integer integer(String s) {
        try {
            return new BigDecimal(s).intValueExact();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String s) {
        try {
            return new BigDecimal(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static EventKind kind(String s) {
        try {
            return EventKind.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
