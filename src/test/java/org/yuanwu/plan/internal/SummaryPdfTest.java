package org.yuanwu.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuanwu.common.pdf.ChineseFont;
import org.yuanwu.plan.PlanSummary;

class SummaryPdfTest {

    private static PlanSummary summary(int paragraphs) {
        List<String> body = new ArrayList<>();
        for (int i = 1; i <= paragraphs; i++) {
            body.add("（" + i + "）全年开展健康教育讲座不少于12次。全年健康教育讲座次数 14 次，目标不少于 12 次，已完成。");
        }
        return new PlanSummary(1L, "心内科病区2025年工作总结", "心内科病区", "2025年", true, "", List.of(), List.of(),
                List.of(), List.of(), new PlanSummary.DutyTally(0, 0), "2026年", LocalDate.of(2025, 12, 31),
                List.of(new PlanSummary.Section("一、工作目标", List.of("本年度工作目标：加强护理质量管理。")),
                        new PlanSummary.Section("二、计划完成情况", body)));
    }

    @Test
    void theSummaryPdfCarriesTheChineseTextAndFlowsOntoMorePages() throws Exception {
        ChineseFont font = new ChineseFont("");
        if ("true".equals(System.getenv("YUANWU_TEST_REQUIRE_PDF_FONT"))) {
            assertThat(font.available()).as("a Chinese font for PDFs").isTrue();
        }
        assumeTrue(font.available(), "no Chinese font installed");

        byte[] pdf = SummaryPdf.write(summary(60), font.baseFont());

        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isGreaterThan(1);
            PdfTextExtractor text = new PdfTextExtractor(reader);
            assertThat(text.getTextFromPage(1).replaceAll("\\s+", ""))
                    .contains("心内科病区2025年工作总结", "一、工作目标", "（1）全年开展健康教育讲座不少于12次。");
            assertThat(text.getTextFromPage(reader.getNumberOfPages()).replaceAll("\\s+", ""))
                    .contains("心内科病区", "2025年12月31日");
            assertThat(reader.getInfo().get("Title")).isEqualTo("心内科病区2025年工作总结");
        } finally {
            reader.close();
        }
        String out = System.getProperty("yuanwu.test.pdf.out");
        if (out != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(out), pdf);
        }
    }

    @Test
    void aMissingFontIsRefusedWithAClearMessageKey() {
        ChineseFont none = new ChineseFont("/nonexistent/font.ttf");
        assertThat(none.available()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(none::baseFont)
                .isInstanceOf(org.yuanwu.common.DomainException.class)
                .extracting(e -> ((org.yuanwu.common.DomainException) e).messageKey()).isEqualTo("pdf.font.missing");
    }
}
