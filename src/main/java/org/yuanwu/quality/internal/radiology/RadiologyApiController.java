package org.yuanwu.quality.internal.radiology;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.common.web.PagedResponse;
import org.yuanwu.quality.RadiologyForms;
import org.yuanwu.quality.RadiologyService;
import org.yuanwu.quality.RadiologyViews;

/** Radiology QC over JSON, mirroring the pages. */
@RestController
@RequestMapping("/api/v1/quality/radiology")
@Tag(name = "Radiology QC", description = "Device register, image-quality grades 甲/乙/丙/废片 (A/B/C/REJECT) per "
        + "technologist and device, report-quality checks, daily reading sessions, diagnosis follow-up against pathology "
        + "or surgery with the concordance rate (only fully concordant counts as confirmed), monthly summary")
class RadiologyApiController {

    private final RadiologyService service;

    RadiologyApiController(RadiologyService service) {
        this.service = service;
    }

    @GetMapping("/summary")
    @Operation(summary = "The month's QC for a unit and below: 甲片率/废片率 per technologist and device, report checks, "
            + "reading sessions, concordance rate")
    RadiologyViews.Summary summary(@RequestParam(required = false) Long unitId,
                                   @Parameter(description = "yyyy-MM") @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return service.summary(unitId, month);
    }

    @GetMapping("/summary/export")
    ResponseEntity<byte[]> exportSummary(@RequestParam(required = false) Long unitId,
                                         @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Locale locale) {
        return RadiologyController.excel(service.exportSummary(unitId, month, locale), "radiology-qc-" + month + ".xlsx");
    }

    @GetMapping("/devices")
    List<RadiologyViews.Device> devices(@RequestParam(required = false) Long unitId) {
        return service.devices(unitId, false);
    }

    @PostMapping("/devices")
    @Operation(summary = "Register a device (QUALITY_INSPECT); codes are unique")
    ResponseEntity<RadiologyViews.Device> createDevice(@RequestBody RadiologyForms.Device form) {
        RadiologyViews.Device d = service.createDevice(form);
        return ResponseEntity.created(URI.create("/api/v1/quality/radiology/devices/" + d.id())).body(d);
    }

    @PostMapping("/devices/{id}/retire")
    RadiologyViews.Device retireDevice(@PathVariable Long id, @RequestBody RadiologyForms.Voiding body) {
        return service.retireDevice(id, body);
    }

    @GetMapping("/images")
    PagedResponse<RadiologyViews.Image> images(@ParameterObject RadiologyService.Filter filter,
                                               @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PagedResponse.of(service.images(filter, PageRequests.of(page, size, order("examOn"))));
    }

    @PostMapping("/images")
    @Operation(summary = "Grade an exam's image 甲/乙/丙/废片 with its technologist (staff id) and device")
    ResponseEntity<RadiologyViews.Image> gradeImage(@RequestBody RadiologyForms.Image form) {
        RadiologyViews.Image i = service.gradeImage(form);
        return ResponseEntity.created(URI.create("/api/v1/quality/radiology/images/" + i.id())).body(i);
    }

    @GetMapping("/reports")
    PagedResponse<RadiologyViews.ReportCheck> reports(@ParameterObject RadiologyService.Filter filter,
                                                      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PagedResponse.of(service.reports(filter, PageRequests.of(page, size, order("checkedOn"))));
    }

    @PostMapping("/reports")
    @Operation(summary = "Record a report-quality check: items checked, defects (a note when any), score 0–100")
    ResponseEntity<RadiologyViews.ReportCheck> checkReport(@RequestBody RadiologyForms.ReportCheck form) {
        RadiologyViews.ReportCheck r = service.checkReport(form);
        return ResponseEntity.created(URI.create("/api/v1/quality/radiology/reports/" + r.id())).body(r);
    }

    @GetMapping("/readings")
    PagedResponse<RadiologyViews.Reading> readings(@ParameterObject RadiologyService.Filter filter,
                                                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PagedResponse.of(service.readings(filter, PageRequests.of(page, size, order("heldOn"))));
    }

    @PostMapping("/readings")
    @Operation(summary = "Record a daily reading session: date, cases discussed, participants (staff ids), conclusion")
    ResponseEntity<RadiologyViews.Reading> recordReading(@RequestBody RadiologyForms.Reading form) {
        RadiologyViews.Reading r = service.recordReading(form);
        return ResponseEntity.created(URI.create("/api/v1/quality/radiology/readings/" + r.id())).body(r);
    }

    @GetMapping("/followups")
    PagedResponse<RadiologyViews.Followup> followups(@ParameterObject RadiologyService.Filter filter,
                                                     @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PagedResponse.of(service.followups(filter, PageRequests.of(page, size, order("followedOn"))));
    }

    @PostMapping("/followups")
    @Operation(summary = "Record a diagnosis follow-up; counts toward quality.diagnosis_followed, and when concordance "
            + "is YES toward quality.diagnosis_confirmed")
    ResponseEntity<RadiologyViews.Followup> recordFollowup(@RequestBody RadiologyForms.Followup form) {
        RadiologyViews.Followup f = service.recordFollowup(form);
        return ResponseEntity.created(URI.create("/api/v1/quality/radiology/followups/" + f.id())).body(f);
    }

    @PostMapping("/{kind}/{id}/void")
    @Operation(summary = "Take an image grade, report check, reading or follow-up out with a reason (kind: images, "
            + "reports, readings, followups); it stays on record and stops counting")
    ResponseEntity<Void> voidRecord(@PathVariable String kind, @PathVariable Long id, @RequestBody RadiologyForms.Voiding body) {
        service.voidRecord(RadiologyController.kind(kind), id, body);
        return ResponseEntity.noContent().build();
    }

    static Sort order(String dateField) {
        return Sort.by(Sort.Order.desc(dateField), Sort.Order.desc("id"));
    }
}
