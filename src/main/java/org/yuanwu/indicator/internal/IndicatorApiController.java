package org.yuanwu.indicator.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.common.web.PagedResponse;
import org.yuanwu.indicator.IndicatorCatalog;
import org.yuanwu.indicator.IndicatorEngine;
import org.yuanwu.indicator.IndicatorForm;
import org.yuanwu.indicator.IndicatorValue;
import org.yuanwu.indicator.IndicatorView;
import org.yuanwu.indicator.MeasureCatalog;
import org.yuanwu.indicator.MeasureView;
import org.yuanwu.indicator.PeriodType;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Indicators", description = "Measures, manual facts, indicator definitions and computed values")
class IndicatorApiController {

    private final IndicatorCatalog catalog;
    private final MeasureCatalog measures;
    private final IndicatorEngine engine;
    private final ManualFacts manual;
    private final ManualFactsWorkbook workbook;
    private final Requests requests;

    IndicatorApiController(IndicatorCatalog catalog, MeasureCatalog measures, IndicatorEngine engine, ManualFacts manual,
                           ManualFactsWorkbook workbook, Requests requests) {
        this.catalog = catalog;
        this.measures = measures;
        this.engine = engine;
        this.manual = manual;
        this.workbook = workbook;
        this.requests = requests;
    }

    record ValueWithLastYear(IndicatorValue current, IndicatorValue lastYear) {
    }

    record ManualFactRequest(String measureCode, Long unitId, LocalDate date, BigDecimal value) {
    }

    @GetMapping("/measures")
    @Operation(summary = "Every measure facts can be recorded for")
    List<MeasureView> measures() {
        CurrentActor.require(Permissions.INDICATOR_READ);
        return measures.all();
    }

    @GetMapping("/indicators")
    List<IndicatorView> indicators() {
        CurrentActor.require(Permissions.INDICATOR_READ);
        return catalog.all();
    }

    @GetMapping("/indicators/{code}")
    IndicatorView indicator(@PathVariable String code) {
        CurrentActor.require(Permissions.INDICATOR_READ);
        return catalog.get(code);
    }

    @PostMapping("/indicators")
    @Operation(summary = "Define an indicator; numerator and denominator are expressions such as #{a.b} / #{a.c}")
    ResponseEntity<IndicatorView> create(@Valid @RequestBody IndicatorForm form) {
        IndicatorView created = catalog.create(form);
        return ResponseEntity.created(URI.create("/api/v1/indicators/" + created.code())).body(created);
    }

    @PutMapping("/indicators/{code}")
    @Operation(summary = "Change an indicator (its target, say); send the version you read")
    IndicatorView update(@PathVariable String code, @Valid @RequestBody IndicatorForm form) {
        return catalog.update(code, form);
    }

    @GetMapping("/indicators/{code}/value")
    @Operation(summary = "The indicator for a unit and everything below it, with the same period last year")
    ValueWithLastYear value(@PathVariable String code,
                            @Parameter(description = "Unit id (default: your own unit)") @RequestParam(required = false) Long unitId,
                            @Parameter(description = "2026, 2026-H1, 2026-Q3, 2026-03, 2026-W05, 2026-03-15 or 2026-01-01..2026-03-31")
                            @RequestParam(required = false) String period) {
        Long unit = requests.unit(unitId);
        var p = requests.period(period);
        return new ValueWithLastYear(engine.value(code, unit, p), engine.value(code, unit, p.previousYear()));
    }

    @GetMapping("/indicators/{code}/by-child")
    @Operation(summary = "The indicator for each child unit of a unit")
    List<IndicatorValue> byChild(@PathVariable String code, @RequestParam(required = false) Long unitId,
                                 @RequestParam(required = false) String period) {
        return engine.byChild(code, requests.unit(unitId), requests.period(period));
    }

    @GetMapping("/indicators/{code}/by-period")
    @Operation(summary = "The indicator for each sub-period (by=MONTH, QUARTER, …)")
    List<IndicatorValue> byPeriod(@PathVariable String code, @RequestParam(required = false) Long unitId,
                                  @RequestParam(required = false) String period,
                                  @RequestParam(defaultValue = "MONTH") PeriodType by) {
        return engine.bySubPeriod(code, requests.unit(unitId), requests.period(period), by);
    }

    @GetMapping("/facts")
    @Operation(summary = "Figures entered by hand, newest first")
    PagedResponse<ManualFacts.Entry> facts(@RequestParam(required = false) String measure,
                                           @RequestParam(required = false) Long unitId,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        return PagedResponse.of(manual.list(measure, unitId, PageRequests.of(page, size, org.springframework.data.domain.Sort.unsorted())));
    }

    @PostMapping("/facts")
    @Operation(summary = "Enter (or correct) the figure of a manual measure for a unit and date")
    ResponseEntity<Map<String, String>> enter(@RequestBody ManualFactRequest body) {
        String id = manual.enter(body.measureCode(), body.unitId(), body.date(), body.value());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("sourceId", id));
    }

    @DeleteMapping("/facts/{sourceId}")
    @Operation(summary = "Withdraw a figure entered by mistake")
    ResponseEntity<Void> withdraw(@PathVariable String sourceId) {
        manual.withdraw(sourceId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/facts/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload figures from .xlsx (指标项编码, 单位编码, 日期, 数值); all rows or none")
    ResponseEntity<ManualFactsWorkbook.Report> upload(@RequestPart("file") MultipartFile file) throws java.io.IOException {
        ManualFactsWorkbook.Report report = workbook.upload(file.getInputStream());
        return ResponseEntity.status(report.errors().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
    }
}
