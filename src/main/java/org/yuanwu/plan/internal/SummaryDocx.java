package org.yuanwu.plan.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.yuanwu.plan.PlanSummary;

/** Writes a summary as a Word document: centred title, bold headings, indented body paragraphs, sign-off on the right. */
public final class SummaryDocx {

    private static final String FONT = "宋体";
    private static final String TITLE_FONT = "黑体";

    private SummaryDocx() {
    }

    public static byte[] write(PlanSummary s) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            run(title, s.title(), TITLE_FONT, 18, true);
            for (PlanSummary.Section section : s.sections()) {
                XWPFParagraph h = doc.createParagraph();
                h.setSpacingBefore(160);
                run(h, section.heading(), TITLE_FONT, 14, true);
                for (String text : section.paragraphs()) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setFirstLineIndent(560);
                    p.setSpacingBetween(1.5);
                    run(p, text, FONT, 12, false);
                }
            }
            XWPFParagraph unit = doc.createParagraph();
            unit.setAlignment(ParagraphAlignment.RIGHT);
            unit.setSpacingBefore(480);
            run(unit, s.unitName(), FONT, 12, false);
            XWPFParagraph date = doc.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            run(date, s.date().getYear() + "年" + s.date().getMonthValue() + "月" + s.date().getDayOfMonth() + "日",
                    FONT, 12, false);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font);
        r.setFontSize(size);
        r.setBold(bold);
    }
}
