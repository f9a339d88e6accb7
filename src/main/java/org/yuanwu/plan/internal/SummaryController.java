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
import org.yuanwu.plan.PlanSummary;
import org.yuanwu.plan.SummaryService;

/** The year-end summary pages: an HTML preview and a Word download. PDF is not offered (no CJK font). */
@Controller
class SummaryController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final SummaryService summaries;

    SummaryController(SummaryService summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/plans/{id}/summary")
    String page(@PathVariable Long id, Model model) {
        model.addAttribute("summary", summaries.summary(id));
        return "plan/summary";
    }

    @GetMapping("/plans/{id}/summary.docx")
    ResponseEntity<byte[]> docx(@PathVariable Long id) {
        return download(summaries.summary(id));
    }

    static ResponseEntity<byte[]> download(PlanSummary s) {
        return ResponseEntity.ok()
                .contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(s.title() + ".docx", StandardCharsets.UTF_8).build().toString())
                .body(SummaryDocx.write(s));
    }
}
