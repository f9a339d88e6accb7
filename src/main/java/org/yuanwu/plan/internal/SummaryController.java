package org.yuanwu.plan.internal;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.yuanwu.common.pdf.ChineseFont;
import org.yuanwu.plan.PlanSummary;
import org.yuanwu.plan.SummaryService;

/** The year-end summary pages: an HTML preview, a Word download and a PDF download (when the server has a Chinese font). */
@Controller
class SummaryController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final SummaryService summaries;
    private final ChineseFont chineseFont;

    SummaryController(SummaryService summaries, ChineseFont chineseFont) {
        this.summaries = summaries;
        this.chineseFont = chineseFont;
    }

    @GetMapping("/plans/{id}/summary")
    String page(@PathVariable Long id, Model model) {
        model.addAttribute("summary", summaries.summary(id));
        model.addAttribute("pdfAvailable", chineseFont.available());
        return "plan/summary";
    }

    @GetMapping("/plans/{id}/summary.docx")
    ResponseEntity<byte[]> docx(@PathVariable Long id) {
        return download(summaries.summary(id));
    }

    @GetMapping("/plans/{id}/summary.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id) {
        return pdfDownload(summaries.summary(id), chineseFont);
    }

    static ResponseEntity<byte[]> pdfDownload(PlanSummary s, ChineseFont font) {
        byte[] pdf = SummaryPdf.write(s, font.baseFont());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(s.title() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    static ResponseEntity<byte[]> download(PlanSummary s) {
        return ResponseEntity.ok()
                .contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(s.title() + ".docx", StandardCharsets.UTF_8).build().toString())
                .body(SummaryDocx.write(s));
    }
}
