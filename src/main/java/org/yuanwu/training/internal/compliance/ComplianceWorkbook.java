package org.yuanwu.training.internal.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.training.ComplianceRow;

/** The compliance list as a workbook. */
@Component
class ComplianceWorkbook {

    private final MessageSource messages;

    ComplianceWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<byte[]> response(List<ComplianceRow> rows, int year, Locale locale) {
        List<String> headers = List.of(t("techfile.col.unit", locale), t("techfile.col.employeeNo", locale),
                t("techfile.col.name", locale), t("techfile.rule.name", locale), t("techfile.rule.required", locale),
                t("techfile.compliance.achieved", locale), t("techfile.compliance.missing", locale),
                t("techfile.compliance.dueOn", locale), t("techfile.compliance.overdue", locale));
        List<List<Object>> lines = new ArrayList<>();
        for (ComplianceRow r : rows) {
            List<Object> line = new ArrayList<>();
            line.add(r.unitName());
            line.add(r.employeeNo());
            line.add(r.staffName());
            line.add(r.ruleName());
            line.add(r.required());
            line.add(r.achieved());
            line.add(r.missing());
            line.add(r.dueOn());
            line.add(t(r.overdue() ? "common.yes" : "common.no", locale));
            lines.add(line);
        }
        byte[] content = ExcelSheet.write(t("techfile.compliance.title", locale) + " " + year, headers, lines);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ExcelSheet.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"compliance-" + year + ".xlsx\"").body(content);
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
