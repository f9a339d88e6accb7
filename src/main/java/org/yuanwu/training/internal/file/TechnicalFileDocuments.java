package org.yuanwu.training.internal.file;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.common.pdf.ChineseFont;
import org.yuanwu.training.CreditEntryView;
import org.yuanwu.training.CreditTotals;
import org.yuanwu.training.TechnicalFileRow;
import org.yuanwu.training.TechnicalFileView;

/**
 * A technical file as a workbook (one line per record: section, date, item, result, credits) and as a PDF
 * (the same sections as tables, in the embedded Chinese font); and the file list as a workbook.
 */
@Component
class TechnicalFileDocuments {

    private final MessageSource messages;
    private final ChineseFont font;

    TechnicalFileDocuments(MessageSource messages, ChineseFont font) {
        this.messages = messages;
        this.font = font;
    }

    boolean pdfAvailable() {
        return font.available();
    }

    /** The file's lines, section by section, as [section, date, item, result, credits]. */
    List<List<Object>> lines(TechnicalFileView f, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        String course = t("techfile.section.courses", locale);
        for (TechnicalFileView.Course c : f.courses()) {
            rows.add(List.of(course, c.date(), c.topic(), t("training.category." + c.category(), locale), c.creditHours()));
        }
        String exam = t("techfile.section.exams", locale);
        for (TechnicalFileView.Exam e : f.exams()) {
            rows.add(row(exam, e.date(), e.title() + " #" + e.attemptNo(), examResult(e, locale), null));
        }
        String skill = t("techfile.section.skills", locale);
        for (TechnicalFileView.Skill s : f.skills()) {
            rows.add(row(skill, s.date(), s.skill(), s.score() + " / " + s.maxScore() + " "
                    + t(s.passed() ? "techfile.passed" : "techfile.failed", locale), null));
        }
        String study = t("techfile.section.furtherStudy", locale);
        for (CreditEntryView e : f.furtherStudies()) {
            if (!e.withdrawn()) {
                rows.add(row(study, e.startsOn() + " ~ " + e.endsOn(), e.institution() + " · " + e.title()
                        + (e.specialty() == null ? "" : " · " + e.specialty()), e.evidence(), e.creditHours()));
            }
        }
        String external = t("techfile.section.external", locale);
        for (CreditEntryView e : f.externalCredits()) {
            if (!e.withdrawn()) {
                rows.add(row(external, e.endsOn(), t("techfile.kind." + e.kind(), locale) + " · " + e.title() + " · "
                        + e.institution(), e.evidence(), e.creditHours()));
            }
        }
        String honour = t("techfile.section.honours", locale);
        for (TechnicalFileView.Honour h : f.honours()) {
            rows.add(row(honour, h.awardedOn(), h.title(), t("honour.level." + h.level(), locale)
                    + (h.awardingBody() == null ? "" : " · " + h.awardingBody()), null));
        }
        String credits = t("techfile.section.credits", locale);
        for (CreditTotals c : f.credits()) {
            rows.add(row(credits, String.valueOf(c.year()), t("techfile.credits.total", locale),
                    c.total() + " / " + c.required() + (c.met() ? "" : " (" + t("techfile.credits.short", locale) + " " + c.shortfall() + ")"),
                    c.total()));
        }
        return rows;
    }

    private static List<Object> row(Object... values) {
        List<Object> list = new ArrayList<>();
        for (Object v : values) {
            list.add(v);
        }
        return list;
    }

    private String examResult(TechnicalFileView.Exam e, Locale locale) {
        if (e.score() == null) {
            return t("techfile.exam.pending", locale);
        }
        return e.score() + " / " + e.maxScore() + " " + t(Boolean.TRUE.equals(e.passed()) ? "techfile.passed" : "techfile.failed", locale);
    }

    List<String> lineHeaders(Locale locale) {
        return List.of(t("techfile.col.section", locale), t("techfile.col.date", locale), t("techfile.col.item", locale),
                t("techfile.col.result", locale), t("techfile.col.credits", locale));
    }

    byte[] workbook(TechnicalFileView f, Locale locale) {
        return ExcelSheet.write(f.name(), lineHeaders(locale), lines(f, locale));
    }

    byte[] listWorkbook(List<TechnicalFileRow> rows, int year, Locale locale) {
        List<String> headers = List.of(t("techfile.col.unit", locale), t("techfile.col.employeeNo", locale),
                t("techfile.col.name", locale), t("techfile.col.title", locale), t("techfile.credits.courses", locale),
                t("techfile.credits.furtherStudy", locale), t("techfile.credits.external", locale),
                t("techfile.credits.total", locale), t("techfile.credits.required", locale), t("techfile.credits.short", locale));
        List<List<Object>> lines = rows.stream().map(r -> row(r.unitName(), r.employeeNo(), r.name(),
                r.title() == null ? "" : r.title().zh(), r.credits().courses(), r.credits().furtherStudy(),
                r.credits().external(), r.credits().total(), r.credits().required(), r.credits().shortfall())).toList();
        return ExcelSheet.write(t("techfile.list.title", locale) + " " + year, headers, lines);
    }

    byte[] pdf(TechnicalFileView f, Locale locale) {
        BaseFont base = font.baseFont();
        Font title = new Font(base, 16, Font.BOLD);
        Font heading = new Font(base, 12, Font.BOLD);
        Font body = new Font(base, 10);
        Font small = new Font(base, 9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(doc, out);
            doc.open();
            Paragraph t = new Paragraph(t("techfile.file.title", locale) + " · " + f.name(), title);
            t.setAlignment(Element.ALIGN_CENTER);
            doc.add(t);
            doc.add(new Paragraph(t("techfile.col.employeeNo", locale) + "：" + f.employeeNo() + "　"
                    + t("techfile.col.unit", locale) + "：" + f.unitName() + "　" + t("techfile.col.title", locale) + "："
                    + (f.title() == null ? "—" : f.title().zh()) + "　" + t("techfile.col.level", locale) + "："
                    + (f.nurseLevel() == null ? "—" : f.nurseLevel()), body));
            List<List<Object>> lines = lines(f, locale);
            String current = null;
            PdfPTable table = null;
            for (List<Object> line : lines) {
                if (!line.get(0).equals(current)) {
                    if (table != null) {
                        doc.add(table);
                    }
                    current = (String) line.get(0);
                    Paragraph h = new Paragraph(current, heading);
                    h.setSpacingBefore(10);
                    h.setSpacingAfter(4);
                    doc.add(h);
                    table = new PdfPTable(new float[] {2.2f, 5, 3, 1.2f});
                    table.setWidthPercentage(100);
                    for (String header : lineHeaders(locale).subList(1, 5)) {
                        table.addCell(cell(header, small));
                    }
                }
                for (int i = 1; i < 5; i++) {
                    Object v = line.get(i);
                    table.addCell(cell(v == null ? "" : v instanceof BigDecimal b ? b.toPlainString() : v.toString(), small));
                }
            }
            if (table != null) {
                doc.add(table);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setPadding(3);
        return c;
    }

    String t(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    static ResponseEntity<byte[]> xlsx(String name, byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ExcelSheet.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(content);
    }

    static ResponseEntity<byte[]> pdf(String name, byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(content);
    }
}
