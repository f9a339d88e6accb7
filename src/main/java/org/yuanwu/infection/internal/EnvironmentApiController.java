package org.yuanwu.infection.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
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
import org.yuanwu.infection.EnvironmentService;
import org.yuanwu.infection.SampleForm;
import org.yuanwu.infection.SampleView;
import org.yuanwu.infection.UvLampForm;
import org.yuanwu.infection.UvLampView;
import org.yuanwu.infection.UvReadingForm;

/** Environment and disinfection samples and the UV lamp register over JSON. */
@RestController
@RequestMapping("/api/v1/infection")
@Tag(name = "Infection control")
class EnvironmentApiController {

    private final EnvironmentService environment;
    private final org.yuanwu.infection.SterilizationService sterilization;
    private final org.yuanwu.infection.AntibioticService antibiotics;
    private final org.yuanwu.infection.WasteService waste;

    EnvironmentApiController(EnvironmentService environment, org.yuanwu.infection.SterilizationService sterilization,
                             org.yuanwu.infection.AntibioticService antibiotics, org.yuanwu.infection.WasteService waste) {
        this.waste = waste;
        this.environment = environment;
        this.sterilization = sterilization;
        this.antibiotics = antibiotics;
    }

    record SterilizerRequest(Long unitId, String name, org.yuanwu.infection.SterilizerKind kind) {
    }

    record BiologicalRequest(Long version, org.yuanwu.infection.TestResult result) {
    }

    @GetMapping("/sterilizers")
    @Operation(summary = "Sterilizers in your scope, with the biological monitoring due this week")
    List<org.yuanwu.infection.SterilizerView> sterilizers() {
        return sterilization.sterilizers();
    }

    @PostMapping("/sterilizers")
    ResponseEntity<org.yuanwu.infection.SterilizerView> registerSterilizer(@RequestBody SterilizerRequest body) {
        var created = sterilization.register(body.unitId(), body.name(), body.kind());
        return ResponseEntity.created(URI.create("/api/v1/infection/sterilizers/" + created.id())).body(created);
    }

    @GetMapping("/sterilizers/{id}/loads")
    List<org.yuanwu.infection.LoadView> loads(@PathVariable Long id) {
        return sterilization.loads(id, 200);
    }

    @PostMapping("/sterilizers/{id}/loads")
    @Operation(summary = "Records a load: Bowie-Dick (pre-vacuum, the day's first load), chemical, biological; refused on a "
            + "day whose Bowie-Dick test failed")
    ResponseEntity<org.yuanwu.infection.LoadView> recordLoad(@PathVariable Long id, @RequestBody org.yuanwu.infection.LoadForm form) {
        var created = sterilization.recordLoad(id, form);
        return ResponseEntity.created(URI.create("/api/v1/infection/loads/" + created.id())).body(created);
    }

    @PostMapping("/loads/{id}/biological")
    @Operation(summary = "Records an incubated biological indicator; a failure recalls the loads since the last pass")
    org.yuanwu.infection.LoadView biological(@PathVariable Long id, @RequestBody BiologicalRequest body) {
        return sterilization.biological(id, body.version(), body.result());
    }

    @PutMapping("/antibiotic-samples")
    @Operation(summary = "Creates or replaces a department's monthly antibiotic-use sampling (outpatient, emergency or "
            + "inpatient), judged against the national ceiling")
    org.yuanwu.infection.PrescriptionSampleView saveSample(@RequestBody org.yuanwu.infection.PrescriptionSampleForm form) {
        return antibiotics.save(form);
    }

    @GetMapping("/antibiotic-samples")
    @Operation(summary = "A month's sampling rows of a unit and those below it, each setting's departments worst first")
    List<org.yuanwu.infection.PrescriptionSampleView> samplesOfMonth(@RequestParam Long unitId, @RequestParam String month) {
        return antibiotics.month(unitId, Requests.month(month));
    }

    record CorrectionRequest(org.yuanwu.infection.WasteForm handover, String reason) {
    }

    @PostMapping("/waste")
    @Operation(summary = "Records a signed medical-waste handover (department → storage, or storage → disposal company); "
            + "sealed bags, both signers and a positive weight are required")
    ResponseEntity<org.yuanwu.infection.WasteView> waste(@RequestBody org.yuanwu.infection.WasteForm form) {
        var created = waste.record(form);
        return ResponseEntity.created(URI.create("/api/v1/infection/waste/" + created.id())).body(created);
    }

    @PostMapping("/waste/{id}/correction")
    @Operation(summary = "Corrects a signed handover with a reason: a new record supersedes it, both are kept")
    ResponseEntity<org.yuanwu.infection.WasteView> correctWaste(@PathVariable Long id, @RequestBody CorrectionRequest body) {
        var created = waste.correct(id, body.handover(), body.reason());
        return ResponseEntity.created(URI.create("/api/v1/infection/waste/" + created.id())).body(created);
    }

    @GetMapping("/waste")
    List<org.yuanwu.infection.WasteView> wasteOf(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return waste.handovers(from, to);
    }

    @GetMapping("/waste/gaps")
    @Operation(summary = "Gaps: departments without a handover on a working day, days whose storage outflow differs from inflow")
    List<org.yuanwu.infection.WasteGap> wasteGaps(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return waste.gaps(from, to);
    }

    @GetMapping("/recalls")
    @Operation(summary = "Loads recalled after a biological failure")
    List<org.yuanwu.infection.LoadView> recalls() {
        return sterilization.recalls();
    }

    record CloseRequest(Long version, String correctiveAction) {
    }

    record ReasonRequest(Long version, String reason) {
    }

    @GetMapping("/samples")
    @Operation(summary = "Samples of the units in your scope, newest first; failedOnly lists the failures still open")
    PagedResponse<SampleView> samples(@RequestParam(required = false) Long unitId,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      @RequestParam(required = false) Boolean failedOnly,
                                      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PagedResponse.of(environment.samples(unitId, from, to, failedOnly, PageRequests.of(page, size,
                Sort.by(Sort.Order.desc("sampledOn"), Sort.Order.desc("id")))));
    }

    @PostMapping("/samples")
    @Operation(summary = "Records a sample result, judged at once against GB 15982-2012 (air and surfaces by the room's "
            + "environment class, default the unit's hygiene class); a passing resample (resampleOf) closes the failure")
    ResponseEntity<SampleView> record(@RequestBody SampleForm form) {
        SampleView created = environment.recordSample(form);
        return ResponseEntity.created(URI.create("/api/v1/infection/samples/" + created.id())).body(created);
    }

    @PostMapping("/samples/{id}/close")
    @Operation(summary = "Closes a failed sample with the corrective action taken")
    SampleView close(@PathVariable Long id, @RequestBody CloseRequest body) {
        return environment.closeSample(id, body.version(), body.correctiveAction());
    }

    @PostMapping("/samples/{id}/withdraw")
    @Operation(summary = "Withdraws a sample entered by mistake, with the reason; it no longer counts")
    SampleView withdraw(@PathVariable Long id, @RequestBody ReasonRequest body) {
        return environment.withdrawSample(id, body.version(), body.reason());
    }

    @GetMapping("/uv-lamps")
    @Operation(summary = "The UV lamp register with each lamp's latest reading, due (no test for half a year) and replace flags")
    List<UvLampView> lamps(@RequestParam(required = false) Long unitId) {
        return environment.lamps(unitId);
    }

    @PostMapping("/uv-lamps")
    ResponseEntity<UvLampView> register(@RequestBody UvLampForm form) {
        UvLampView created = environment.registerLamp(form);
        return ResponseEntity.created(URI.create("/api/v1/infection/uv-lamps/" + created.id())).body(created);
    }

    @PostMapping("/uv-lamps/{id}/readings")
    @Operation(summary = "Records an intensity reading (µW/cm² at 1 m): a new-lamp test (≥ 90, high-intensity ≥ 180) or an "
            + "in-use test (≥ 70); a retired lamp takes none")
    UvLampView reading(@PathVariable Long id, @RequestBody UvReadingForm form) {
        return environment.recordReading(id, form);
    }

    @PostMapping("/uv-lamps/{id}/retire")
    UvLampView retire(@PathVariable Long id, @RequestBody ReasonRequest body) {
        return environment.retireLamp(id, body.version(), body.reason());
    }
}
