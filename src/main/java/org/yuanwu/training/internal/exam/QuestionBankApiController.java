package org.yuanwu.training.internal.exam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.common.web.PagedResponse;
import org.yuanwu.organization.ImportMode;
import org.yuanwu.training.QuestionFilter;
import org.yuanwu.training.QuestionForm;
import org.yuanwu.training.QuestionImportReport;
import org.yuanwu.training.QuestionService;
import org.yuanwu.training.QuestionView;

/** The question bank over JSON, mirroring the pages; failures become problem details. */
@RestController
@RequestMapping("/api/v1/questions")
@Tag(name = "Question bank", description = "Bank questions owned by units (TRAINING_WRITE over the unit): single and "
        + "multiple choice, true/false, fill-in, short answer; versioned once used on a paper; withdrawn, never deleted")
class QuestionBankApiController {

    static final Sort ORDER = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

    private final QuestionService questions;

    QuestionBankApiController(QuestionService questions) {
        this.questions = questions;
    }

    record WithdrawRequest(Long version, String reason) {
    }

    @GetMapping
    @Operation(summary = "Latest versions of the questions of the units in your scope (withdrawn ones with withdrawn=true)")
    PagedResponse<QuestionView> list(@ParameterObject QuestionFilter filter,
                                     @Parameter(description = "Page number from 0") @RequestParam(required = false) Integer page,
                                     @Parameter(description = "Page size, 1 to 200") @RequestParam(required = false) Integer size) {
        return PagedResponse.of(questions.search(filter, PageRequests.of(page, size, ORDER)));
    }

    @GetMapping("/{id}")
    QuestionView get(@PathVariable Long id) {
        return questions.get(id);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Every version of the question, oldest first")
    List<QuestionView> versions(@PathVariable Long id) {
        return questions.versions(id);
    }

    @PostMapping
    @Operation(summary = "Add a question", description = "answer: single \"B\"; multiple \"ACD\" (at least two); "
            + "true/false \"T\"/\"F\"; fill-in one line per blank with alternatives separated by \"|\"; short answer: "
            + "a reference answer (optional). Options A–F without gaps, at least two for choice questions.",
            responses = @ApiResponse(responseCode = "201", description = "Created"))
    ResponseEntity<QuestionView> create(@Valid @RequestBody QuestionForm form) {
        QuestionView created = questions.create(form);
        return ResponseEntity.created(URI.create("/api/v1/questions/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit the latest version; send the version you read. A question already used on a paper "
            + "gets a new version (new id, same lineageId), which is returned")
    QuestionView update(@PathVariable Long id, @Valid @RequestBody QuestionForm form) {
        return questions.update(id, form);
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw a question with a reason: no new paper uses it")
    QuestionView withdraw(@PathVariable Long id, @RequestBody WithdrawRequest body) {
        return questions.withdraw(id, body.version(), body.reason());
    }

    @GetMapping("/export")
    @Operation(summary = "The filtered questions as an Excel workbook (the import layout)")
    ResponseEntity<byte[]> export(@ParameterObject QuestionFilter filter) {
        return workbook("questions.xlsx", questions.exportWorkbook(filter));
    }

    @GetMapping("/template")
    @Operation(summary = "The empty import workbook with two example rows")
    ResponseEntity<byte[]> template() {
        return workbook("question-template.xlsx", questions.template());
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import questions into a unit, one per row; the report lists each bad cell (row, column, "
            + "message). ALL_OR_NOTHING saves nothing when a row is bad; VALID_ROWS saves the good rows")
    QuestionImportReport importWorkbook(@RequestParam(required = false) Long unitId,
                                        @RequestParam(required = false) ImportMode mode,
                                        @RequestParam(required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("file", "exam.import.noFile");
        }
        try {
            return questions.importWorkbook(unitId, file.getInputStream(), mode);
        } catch (IOException e) {
            throw DomainException.invalid("file", "exam.import.unreadable");
        }
    }

    static ResponseEntity<byte[]> workbook(String name, byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ExcelSheet.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(content);
    }
}
