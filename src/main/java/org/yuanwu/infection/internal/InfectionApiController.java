package org.yuanwu.infection.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.common.web.PagedResponse;
import org.yuanwu.infection.AdmissionInput;
import org.yuanwu.infection.CaseFilter;
import org.yuanwu.infection.CaseForm;
import org.yuanwu.infection.CaseStatus;
import org.yuanwu.infection.CaseView;
import org.yuanwu.infection.CensusForm;
import org.yuanwu.infection.CensusService;
import org.yuanwu.infection.CensusView;
import org.yuanwu.infection.ClinicalEventService;
import org.yuanwu.infection.ClusterAlert;
import org.yuanwu.infection.EventInput;
import org.yuanwu.infection.InfectionCaseService;
import org.yuanwu.infection.IntakeResult;
import org.yuanwu.infection.RuleDefinition;
import org.yuanwu.infection.RuleForm;
import org.yuanwu.infection.RuleView;
import org.yuanwu.infection.ScreeningRunView;
import org.yuanwu.infection.ScreeningService;
import org.yuanwu.infection.SuspectDecision;
import org.yuanwu.infection.SuspectStatus;
import org.yuanwu.infection.SuspectView;

/** Infection control over JSON: census, stays and clinical events from the HIS, cases, screening, suspects, clusters. */
@RestController
@RequestMapping("/api/v1/infection")
@Tag(name = "Infection control", description = "Ward census (denominators), HAI cases with confirmation, automatic "
        + "screening of clinical events by rules kept as data, suspected cases for review, cluster alerts")
class InfectionApiController {

    private final CensusService census;
    private final InfectionCaseService cases;
    private final ClinicalEventService clinical;
    private final ScreeningService screening;
    private final InfectionWorkbook workbook;
    private final InfectionBulletin bulletin;

    InfectionApiController(CensusService census, InfectionCaseService cases, ClinicalEventService clinical,
                           ScreeningService screening, InfectionWorkbook workbook, InfectionBulletin bulletin) {
        this.bulletin = bulletin;
        this.workbook = workbook;
        this.census = census;
        this.cases = cases;
        this.clinical = clinical;
        this.screening = screening;
    }

    record VersionRequest(Long version) {
    }

    record ReasonRequest(Long version, String reason) {
    }

    @GetMapping("/bulletin.pdf")
    @Operation(summary = "The monthly infection bulletin (院感简报) of a unit as a PDF (503 when the server has no Chinese font)")
    ResponseEntity<byte[]> bulletin(@RequestParam Long unitId, @RequestParam String month) {
        org.yuanwu.common.CurrentActor.require(org.yuanwu.common.Permissions.INFECTION_READ);
        YearMonth m = Requests.month(month);
        return InfectionController.bulletinResponse(bulletin.write(unitId, m), m);
    }

    // ---------------------------------------------------------------- census

    @PutMapping("/census")
    @Operation(summary = "Creates or replaces a ward's census for a day or a month (INFECTION_REPORT); "
            + "a month entry and day entries of the same ward and month exclude each other")
    CensusView saveCensus(@RequestBody CensusForm form) {
        return census.save(form);
    }

    @GetMapping("/census")
    @Operation(summary = "Census rows of a unit and the units below it for a month (yyyy-MM)")
    List<CensusView> census(@RequestParam Long unitId, @RequestParam String month) {
        return census.month(unitId, Requests.month(month));
    }

    // ---------------------------------------------------------------- HIS intake

    @PostMapping("/admissions")
    @Operation(summary = "Receives stays from the HIS (INFECTION_MANAGE): all or nothing, idempotent by visit number")
    IntakeResult admissions(@RequestBody List<AdmissionInput> batch) {
        return clinical.receiveAdmissions(batch);
    }

    @PostMapping("/events")
    @Operation(summary = "Receives clinical events (temperatures, cultures, antibiotic starts, devices, imaging) from the "
            + "HIS (INFECTION_MANAGE): all or nothing, idempotent by source reference")
    IntakeResult events(@RequestBody List<EventInput> batch) {
        return clinical.receiveEvents(batch);
    }

    @PostMapping(value = "/workbook", consumes = "multipart/form-data")
    @Operation(summary = "Imports the infection workbook (sheets 病区床日, 住院, 临床数据; template at /infection/import/template): "
            + "all or nothing, errors by sheet and row; 400 when nothing was saved")
    ResponseEntity<InfectionWorkbook.Report> workbook(@RequestParam("file") org.springframework.web.multipart.MultipartFile file)
            throws java.io.IOException {
        try (var in = file.getInputStream()) {
            InfectionWorkbook.Report report = workbook.upload(in);
            return report.saved() ? ResponseEntity.ok(report) : ResponseEntity.badRequest().body(report);
        }
    }

    // ---------------------------------------------------------------- cases

    @GetMapping("/cases")
    @Operation(summary = "Cases of the units in your scope, newest onset first")
    PagedResponse<CaseView> cases(@RequestParam(required = false) Long unitId, @RequestParam(required = false) CaseStatus status,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate onsetFrom,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate onsetTo,
                                  @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return PagedResponse.of(cases.search(new CaseFilter(unitId, status, onsetFrom, onsetTo, q),
                PageRequests.of(page, size, Sort.by(Sort.Order.desc("onsetDate"), Sort.Order.desc("id")))));
    }

    @PostMapping("/cases")
    @Operation(summary = "Reports a case (INFECTION_REPORT); onset before admission is refused, onset within 48 h of "
            + "admission is kept with possiblyCommunityAcquired = true")
    ResponseEntity<CaseView> report(@RequestBody CaseForm form) {
        CaseView created = cases.report(form);
        return ResponseEntity.created(URI.create("/api/v1/infection/cases/" + created.id())).body(created);
    }

    @PostMapping("/cases/found")
    @Operation(summary = "Records a case the infection-control office found in record sampling (INFECTION_MANAGE): confirmed "
            + "at once and counted as missed in the under-reporting rate")
    ResponseEntity<CaseView> found(@RequestBody CaseForm form) {
        CaseView created = cases.recordFound(form, org.yuanwu.infection.CaseOrigin.RECORD_SAMPLING);
        return ResponseEntity.created(URI.create("/api/v1/infection/cases/" + created.id())).body(created);
    }

    @GetMapping("/cases/{id}")
    CaseView caseOf(@PathVariable Long id) {
        return cases.get(id);
    }

    @PutMapping("/cases/{id}")
    @Operation(summary = "Corrects a case report (a confirmed case: the infection-control office only)")
    CaseView update(@PathVariable Long id, @RequestBody CaseForm form) {
        return cases.update(id, form);
    }

    @PostMapping("/cases/{id}/confirm")
    @Operation(summary = "Confirms a reported case (INFECTION_MANAGE); from now on it counts in every rate")
    CaseView confirm(@PathVariable Long id, @RequestBody VersionRequest body) {
        return cases.confirm(id, body.version());
    }

    @PostMapping("/cases/{id}/exclude")
    @Operation(summary = "Excludes a case with a reason (INFECTION_MANAGE)")
    CaseView exclude(@PathVariable Long id, @RequestBody ReasonRequest body) {
        return cases.exclude(id, body.version(), body.reason());
    }

    @PostMapping("/cases/{id}/reopen")
    @Operation(summary = "Undoes a confirmation or exclusion: the case waits for review again")
    CaseView reopen(@PathVariable Long id, @RequestBody VersionRequest body) {
        return cases.reopen(id, body.version());
    }

    @GetMapping("/clusters")
    @Operation(summary = "Cluster alerts: a ward with at least 3 cases of the same pathogen within 14 days (configurable), "
            + "ending in the last lookBackDays days")
    List<ClusterAlert> clusters(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                @RequestParam(defaultValue = "60") int lookBackDays) {
        return cases.clusters(asOf == null ? LocalDate.now(Requests.ZONE) : asOf, Math.max(0, Math.min(lookBackDays, 366)));
    }

    // ---------------------------------------------------------------- screening

    @GetMapping("/rules")
    @Operation(summary = "Screening rules with their test cases and whether each passes now")
    List<RuleView> rules() {
        return screening.rules();
    }

    @GetMapping("/rules/{code}")
    RuleView rule(@PathVariable String code) {
        return screening.rule(code);
    }

    @PutMapping("/rules/{code}")
    @Operation(summary = "Tunes a rule: threshold, hours after admission, specimens, on or off (INFECTION_MANAGE)")
    RuleView updateRule(@PathVariable String code, @RequestBody RuleForm form) {
        return screening.updateRule(code, form);
    }

    @PostMapping("/rules")
    @Operation(summary = "Adds a rule with its test cases (at least one that fires and one that does not; all must pass)")
    ResponseEntity<RuleView> createRule(@RequestBody RuleDefinition definition) {
        RuleView created = screening.createRule(definition);
        return ResponseEntity.created(URI.create("/api/v1/infection/rules/" + created.code())).body(created);
    }

    @PostMapping("/screening/runs")
    @Operation(summary = "Runs the screening: incremental (events received since the last run) or full; one transaction")
    ScreeningRunView run(@RequestParam(defaultValue = "false") boolean full) {
        return screening.run(full);
    }

    @GetMapping("/screening/runs")
    List<ScreeningRunView> runs() {
        return screening.runs(20);
    }

    @GetMapping("/suspects")
    @Operation(summary = "Suspected cases in your scope, newest first")
    PagedResponse<SuspectView> suspects(@RequestParam(required = false) SuspectStatus status,
                                        @RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        return PagedResponse.of(screening.suspects(status, unitId, PageRequests.of(page, size, Sort.unsorted())));
    }

    @GetMapping("/suspects/{id}")
    SuspectView suspect(@PathVariable Long id) {
        return screening.suspect(id);
    }

    @PostMapping("/suspects/{id}/confirm")
    @Operation(summary = "Confirms a suspect against the ward's report of the stay (existingCaseId), or as a new case "
            + "found by screening, which counts as missed (under-reported)")
    SuspectView confirmSuspect(@PathVariable Long id, @RequestBody SuspectDecision decision) {
        return screening.confirm(id, decision);
    }

    @PostMapping("/suspects/{id}/dismiss")
    @Operation(summary = "Dismisses a suspect with a reason")
    SuspectView dismiss(@PathVariable Long id, @RequestBody ReasonRequest body) {
        return screening.dismiss(id, body.version(), body.reason());
    }

    @PostMapping("/suspects/{id}/reopen")
    SuspectView reopenSuspect(@PathVariable Long id, @RequestBody VersionRequest body) {
        return screening.reopen(id, body.version());
    }
}
