package org.yuanwu.quality.internal.records;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.common.web.PagedResponse;
import org.yuanwu.quality.RecordAuditArchiveRow;
import org.yuanwu.quality.RecordAuditFilter;
import org.yuanwu.quality.RecordAuditForm;
import org.yuanwu.quality.RecordAuditParetoRow;
import org.yuanwu.quality.RecordAuditRoundForm;
import org.yuanwu.quality.RecordAuditRoundView;
import org.yuanwu.quality.RecordAuditService;
import org.yuanwu.quality.RecordAuditSteps;
import org.yuanwu.quality.RecordAuditView;

/** Nursing-records audits over JSON, mirroring the pages. */
@RestController
@RequestMapping("/api/v1/quality/record-audits")
@Tag(name = "Record audits", description = "Nursing-records audits: rounds by unit and month, sampled records scored "
        + "against the records checklist (defects on discharged records weighted, 1.5 by default), the do-not-archive "
        + "hold on failed records until the unit corrects and the auditor re-checks, the archive list, Pareto analysis")
class RecordAuditApiController {

    private final RecordAuditService service;

    RecordAuditApiController(RecordAuditService service) {
        this.service = service;
    }

    @GetMapping("/rounds")
    @Operation(summary = "Audit rounds of units in your scope, newest month first")
    PagedResponse<RecordAuditRoundView> rounds(@RequestParam(required = false) Long unitId,
                                               @Parameter(description = "yyyy-MM") @RequestParam(required = false)
                                               @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size) {
        return PagedResponse.of(service.rounds(unitId, month, PageRequests.of(page, size, RecordAuditController.ROUND_ORDER)));
    }

    @PostMapping("/rounds")
    @Operation(summary = "Open a round (QUALITY_INSPECT); template, pass mark (90) and discharged weight (1.5) default")
    ResponseEntity<RecordAuditRoundView> createRound(@Valid @RequestBody RecordAuditRoundForm form) {
        RecordAuditRoundView r = service.createRound(form);
        return ResponseEntity.created(URI.create("/api/v1/quality/record-audits/rounds/" + r.id())).body(r);
    }

    @GetMapping("/rounds/{id}")
    RecordAuditRoundView round(@PathVariable Long id) {
        return service.round(id);
    }

    @GetMapping("/rounds/{id}/audits")
    List<RecordAuditView> auditsOf(@PathVariable Long id) {
        return service.auditsOf(id);
    }

    @PostMapping("/rounds/{id}/audits")
    @Operation(summary = "Audit a sampled record (QUALITY_INSPECT): defects by checklist item; a failed record is held")
    ResponseEntity<RecordAuditView> audit(@PathVariable Long id, @Valid @RequestBody RecordAuditForm form) {
        RecordAuditView a = service.audit(id, form);
        return ResponseEntity.created(URI.create("/api/v1/quality/record-audits/" + a.id())).body(a);
    }

    @GetMapping
    @Operation(summary = "Audited records in your scope, newest first")
    PagedResponse<RecordAuditView> list(@ParameterObject RecordAuditFilter filter,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        return PagedResponse.of(service.search(filter, PageRequests.of(page, size, RecordAuditController.AUDIT_ORDER)));
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@ParameterObject RecordAuditFilter filter, Locale locale) {
        return RecordAuditController.excel(service.export(filter, locale), "record-audits.xlsx");
    }

    @GetMapping("/{id}")
    RecordAuditView get(@PathVariable Long id) {
        return service.get(id);
    }

    @PostMapping("/{id}/correct")
    @Operation(summary = "The unit's correction of a held record (QUALITY_RECTIFY)")
    RecordAuditView correct(@PathVariable Long id, @RequestBody RecordAuditSteps.Correction body) {
        return service.correct(id, body);
    }

    @PostMapping("/{id}/recheck")
    @Operation(summary = "The auditor's re-check of a corrected record: accepted lifts the hold, else held again (needs a note)")
    RecordAuditView recheck(@PathVariable Long id, @RequestBody RecordAuditSteps.Recheck body) {
        return service.recheck(id, body);
    }

    @PostMapping("/{id}/void")
    @Operation(summary = "Take out an audit entered in error, with a reason; it stays on record and stops counting")
    RecordAuditView voidAudit(@PathVariable Long id, @RequestBody RecordAuditSteps.Voiding body) {
        return service.voidAudit(id, body);
    }

    @GetMapping("/archive")
    @Operation(summary = "Sampled records and whether each may be archived (no audit holds it)")
    List<RecordAuditArchiveRow> archive(@ParameterObject RecordAuditFilter filter) {
        return service.archiveList(filter);
    }

    @GetMapping("/pareto")
    @Operation(summary = "Defects of a month by checklist item, largest first, with share and cumulative share (%)")
    List<RecordAuditParetoRow> pareto(@RequestParam(required = false) Long unitId,
                                      @Parameter(description = "yyyy-MM") @RequestParam
                                      @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return service.pareto(unitId, month);
    }

    @GetMapping("/pareto/export")
    ResponseEntity<byte[]> exportPareto(@RequestParam(required = false) Long unitId,
                                        @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Locale locale) {
        return RecordAuditController.excel(service.exportPareto(unitId, month, locale), "record-defects-" + month + ".xlsx");
    }
}
