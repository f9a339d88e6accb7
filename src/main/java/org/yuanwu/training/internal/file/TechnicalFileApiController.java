package org.yuanwu.training.internal.file;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.HospitalTime;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.common.web.PagedResponse;
import org.yuanwu.organization.ImportMode;
import org.yuanwu.training.CreditEntryForm;
import org.yuanwu.training.CreditEntryView;
import org.yuanwu.training.CreditRequirementView;
import org.yuanwu.training.CreditService;
import org.yuanwu.training.CreditTitleGrade;
import org.yuanwu.training.ExamScoreImportReport;
import org.yuanwu.training.ExamScoreImportService;
import org.yuanwu.training.TechnicalFileRow;
import org.yuanwu.training.TechnicalFileService;
import org.yuanwu.training.TechnicalFileView;

/** Technical files, continuing-education credits and the paper-exam score workbook over JSON, mirroring the pages. */
@RestController
@Tag(name = "Training technical files and credits", description = "The personal technical file (courses attended, "
        + "every exam attempt, skill assessments, further study, external credits, credits per year against the "
        + "requirement of the title grade), the credit requirement table, and paper-exam scores from a workbook")
class TechnicalFileApiController {

    private final TechnicalFileService files;
    private final CreditService credits;
    private final ExamScoreImportService scores;
    private final TechnicalFileDocuments documents;

    TechnicalFileApiController(TechnicalFileService files, CreditService credits, ExamScoreImportService scores,
                               TechnicalFileDocuments documents) {
        this.files = files;
        this.credits = credits;
        this.scores = scores;
        this.documents = documents;
    }

    record ReasonRequest(String reason, Long version) {
    }

    record RequirementRequest(BigDecimal creditsRequired, Long version) {
    }

    static int year(Integer year) {
        return year == null ? LocalDate.now(HospitalTime.ZONE).getYear() : year;
    }

    @GetMapping("/api/v1/training/files")
    @Operation(summary = "Active staff in your scope (under unitId, matching q) with the year's credits against "
            + "their requirement; shortOnly keeps those who fall short")
    PagedResponse<TechnicalFileRow> list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
                                         @RequestParam(required = false) Integer year,
                                         @RequestParam(required = false) Boolean shortOnly,
                                         @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PagedResponse.of(files.list(unitId, q, year(year), Boolean.TRUE.equals(shortOnly),
                PageRequests.of(page, size, org.springframework.data.domain.Sort.unsorted())));
    }

    @GetMapping("/api/v1/training/files/export")
    @Operation(summary = "The same list as an Excel workbook")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
                                  @RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) Boolean shortOnly, Locale locale) {
        int y = year(year);
        return TechnicalFileDocuments.xlsx("technical-files-" + y + ".xlsx",
                documents.listWorkbook(files.rows(unitId, q, y, Boolean.TRUE.equals(shortOnly)), y, locale));
    }

    @GetMapping("/api/v1/training/files/mine")
    @Operation(summary = "Your own technical file (404 when your account has no staff record)")
    TechnicalFileView mine() {
        return files.file(files.ownStaffId());
    }

    @GetMapping("/api/v1/training/files/{staffId}")
    @Operation(summary = "A staff member's technical file: yours, or one in your scope with TRAINING_READ")
    TechnicalFileView file(@PathVariable Long staffId) {
        return files.file(staffId);
    }

    @GetMapping("/api/v1/training/files/{staffId}/export")
    @Operation(summary = "The technical file as an Excel workbook, one line per record")
    ResponseEntity<byte[]> fileWorkbook(@PathVariable Long staffId, Locale locale) {
        return TechnicalFileDocuments.xlsx("technical-file-" + staffId + ".xlsx", documents.workbook(files.file(staffId), locale));
    }

    @GetMapping("/api/v1/training/files/{staffId}/pdf")
    @Operation(summary = "The technical file as a PDF (503 when the server has no Chinese font)")
    ResponseEntity<byte[]> filePdf(@PathVariable Long staffId, Locale locale) {
        return TechnicalFileDocuments.pdf("technical-file-" + staffId + ".pdf", documents.pdf(files.file(staffId), locale));
    }

    @PostMapping("/api/v1/training/files/{staffId}/entries")
    @Operation(summary = "Add further study (kind FURTHER_STUDY) or an external credit (CONFERENCE, EXTERNAL_TRAINING, "
            + "OTHER) with its evidence, for a staff member of a unit you manage",
            responses = @ApiResponse(responseCode = "201", description = "Created"))
    ResponseEntity<CreditEntryView> addEntry(@PathVariable Long staffId, @RequestBody CreditEntryForm form) {
        CreditEntryView created = credits.addEntry(staffId, form);
        return ResponseEntity.created(URI.create("/api/v1/training/files/" + staffId)).body(created);
    }

    @PostMapping("/api/v1/training/files/{staffId}/entries/{entryId}/withdraw")
    @Operation(summary = "Withdraw an entry with a reason (it stays on record and stops counting); send the version you read")
    CreditEntryView withdrawEntry(@PathVariable Long staffId, @PathVariable Long entryId, @RequestBody ReasonRequest body) {
        return credits.withdrawEntry(staffId, entryId, body.reason(), body.version());
    }

    @GetMapping("/api/v1/training/credits")
    @Operation(summary = "The year's credit totals of active staff in your scope; shortOnly (default true) lists "
            + "who falls short of the requirement")
    List<TechnicalFileRow> credits(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year,
                                   @Parameter(description = "Only those below the requirement (default true)")
                                   @RequestParam(required = false) Boolean shortOnly) {
        return files.rows(unitId, null, year(year), shortOnly == null || shortOnly);
    }

    @GetMapping("/api/v1/training/credits/requirements")
    @Operation(summary = "The yearly credit requirement per title grade")
    List<CreditRequirementView> requirements() {
        return credits.requirements();
    }

    @PutMapping("/api/v1/training/credits/requirements/{grade}")
    @Operation(summary = "Change a grade's yearly requirement (TRAINING_WRITE over the whole hospital); send the version you read")
    CreditRequirementView changeRequirement(@PathVariable CreditTitleGrade grade, @RequestBody RequirementRequest body) {
        return credits.changeRequirement(grade, body.creditsRequired(), body.version());
    }

    @GetMapping("/api/v1/exams/{id}/scores/template")
    @Operation(summary = "A PAPER exam's score workbook: its candidates with an empty score column")
    ResponseEntity<byte[]> template(@PathVariable Long id) {
        return TechnicalFileDocuments.xlsx("exam-" + id + "-scores.xlsx", scores.template(id));
    }

    @PostMapping(value = "/api/v1/exams/{id}/scores/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a PAPER exam's scores from the workbook; every filled row is checked like a typed-in "
            + "score. ALL_OR_NOTHING (default) writes nothing when a row is bad; VALID_ROWS enters the good ones")
    ExamScoreImportReport importScores(@PathVariable Long id, @RequestParam("file") MultipartFile file,
                                       @RequestParam(required = false) ImportMode mode) throws IOException {
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("file", "exam.import.empty");
        }
        return scores.importScores(id, file.getInputStream(), mode);
    }
}
