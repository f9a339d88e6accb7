package org.yuanwu.plan.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yuanwu.plan.PlanSummary;
import org.yuanwu.common.pdf.ChineseFont;
import org.yuanwu.plan.SummaryService;

/** The year-end summary over the API; failures come out as problem details like every API call. */
@RestController
@RequestMapping("/api/v1/plans/{id}")
@Tag(name = "Plans")
class SummaryApiController {

    private final SummaryService summaries;
    private final ChineseFont chineseFont;

    SummaryApiController(SummaryService summaries, ChineseFont chineseFont) {
        this.summaries = summaries;
        this.chineseFont = chineseFont;
    }

    @GetMapping("/summary")
    @Operation(summary = "The year-end summary (工作总结): figures and the document text (sections of sentences)")
    PlanSummary summary(@PathVariable Long id) {
        return summaries.summary(id);
    }

    @GetMapping("/summary.docx")
    @Operation(summary = "The year-end summary as a Word document")
    ResponseEntity<byte[]> docx(@PathVariable Long id) {
        return SummaryController.download(summaries.summary(id));
    }

    @GetMapping("/summary.pdf")
    @Operation(summary = "The year-end summary as a PDF (503 when the server has no Chinese font)")
    ResponseEntity<byte[]> pdf(@PathVariable Long id) {
        return SummaryController.pdfDownload(summaries.summary(id), chineseFont);
    }
}
