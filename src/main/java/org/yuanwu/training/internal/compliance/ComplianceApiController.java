package org.yuanwu.training.internal.compliance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yuanwu.common.HospitalTime;
import org.yuanwu.training.ComplianceRow;
import org.yuanwu.training.ComplianceRuleForm;
import org.yuanwu.training.ComplianceRuleView;
import org.yuanwu.training.ComplianceService;

/** Compliance rules and the compliance list over JSON, mirroring the pages. */
@RestController
@RequestMapping("/api/v1/training/compliance")
@Tag(name = "Training compliance", description = "Yearly requirements as data (audience by unit, title, nurse level, "
        + "employment type; N skills passed, N exams passed of any or one kind, or credits of at least N; due by a "
        + "month's end) and who is missing what. Standardised-training skills keep their own list under "
        + "/api/v1/training/skills/compliance")
class ComplianceApiController {

    private final ComplianceService compliance;
    private final ComplianceWorkbook workbook;

    ComplianceApiController(ComplianceService compliance, ComplianceWorkbook workbook) {
        this.compliance = compliance;
        this.workbook = workbook;
    }

    record ReasonRequest(String reason, Long version) {
    }

    static int year(Integer year) {
        return year == null ? LocalDate.now(HospitalTime.ZONE).getYear() : year;
    }

    @GetMapping
    @Operation(summary = "The compliance list of the year for the active staff in your scope: one row per person and "
            + "rule that applies to her, with what she achieved, what is missing, the due date and whether it is overdue")
    List<ComplianceRow> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId,
                             @RequestParam(required = false) Long ruleId,
                             @Parameter(description = "Only rows with something missing (default true)")
                             @RequestParam(required = false) Boolean missingOnly) {
        return compliance.evaluate(year(year), unitId, ruleId, missingOnly == null || missingOnly);
    }

    @GetMapping("/export")
    @Operation(summary = "The same list as an Excel workbook")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId,
                                  @RequestParam(required = false) Long ruleId,
                                  @RequestParam(required = false) Boolean missingOnly, Locale locale) {
        int y = year(year);
        return workbook.response(compliance.evaluate(y, unitId, ruleId, missingOnly == null || missingOnly), y, locale);
    }

    @GetMapping("/rules")
    @Operation(summary = "Every rule, active ones first")
    List<ComplianceRuleView> rules() {
        return compliance.rules();
    }

    @GetMapping("/rules/{id}")
    ComplianceRuleView rule(@PathVariable Long id) {
        return compliance.rule(id);
    }

    @PostMapping("/rules")
    @Operation(summary = "Add a rule (TRAINING_WRITE over the whole hospital)",
            responses = @ApiResponse(responseCode = "201", description = "Created"))
    ResponseEntity<ComplianceRuleView> create(@RequestBody ComplianceRuleForm form) {
        ComplianceRuleView created = compliance.create(form);
        return ResponseEntity.created(URI.create("/api/v1/training/compliance/rules/" + created.id())).body(created);
    }

    @PutMapping("/rules/{id}")
    @Operation(summary = "Edit a rule; send the version you read")
    ComplianceRuleView update(@PathVariable Long id, @RequestBody ComplianceRuleForm form) {
        return compliance.update(id, form);
    }

    @PostMapping("/rules/{id}/withdraw")
    @Operation(summary = "Withdraw a rule with a reason; it no longer produces rows")
    ComplianceRuleView withdraw(@PathVariable Long id, @RequestBody ReasonRequest body) {
        return compliance.withdraw(id, body.reason(), body.version());
    }
}
