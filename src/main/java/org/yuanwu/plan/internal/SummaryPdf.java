package org.yuanwu.plan.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.yuanwu.plan.PlanSummary;

/** Writes a summary as an A4 PDF laid out like the Word document: centred title, headings, indented paragraphs, sign-off. */
public final class SummaryPdf {

    /** Two full-width characters of first-line indent, as Chinese documents are set. */
    private static final float FIRST_LINE_INDENT = 24f;

    private SummaryPdf() {
    }

    public static byte[] write(PlanSummary s, BaseFont font) {
        Font title = new Font(font, 18, Font.BOLD);
        Font heading = new Font(font, 14, Font.BOLD);
        Font body = new Font(font, 12);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 72, 72, 72, 72);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(s.title());
            doc.addCreator("Yuanwu");
            doc.open();
            Paragraph t = new Paragraph(s.title(), title);
            t.setAlignment(Element.ALIGN_CENTER);
            t.setSpacingAfter(18);
            doc.add(t);
            for (PlanSummary.Section section : s.sections()) {
                Paragraph h = new Paragraph(section.heading(), heading);
                h.setSpacingBefore(12);
                h.setSpacingAfter(4);
                doc.add(h);
                for (String text : section.paragraphs()) {
                    Paragraph p = new Paragraph(text, body);
                    p.setFirstLineIndent(FIRST_LINE_INDENT);
                    p.setLeading(0, 1.6f);
                    doc.add(p);
                }
            }
            Paragraph unit = new Paragraph(s.unitName(), body);
            unit.setAlignment(Element.ALIGN_RIGHT);
            unit.setSpacingBefore(36);
            doc.add(unit);
            Paragraph date = new Paragraph(
                    s.date().getYear() + "年" + s.date().getMonthValue() + "月" + s.date().getDayOfMonth() + "日", body);
            date.setAlignment(Element.ALIGN_RIGHT);
            doc.add(date);
        } catch (DocumentException e) {
            throw new IllegalStateException("Summary PDF could not be written", e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
        return out.toByteArray();
    }
}
