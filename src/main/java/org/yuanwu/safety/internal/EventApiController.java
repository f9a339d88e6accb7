package org.yuanwu.safety.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
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
import org.yuanwu.safety.AdverseEventService;
import org.yuanwu.safety.EventFilter;
import org.yuanwu.safety.EventForm;
import org.yuanwu.safety.EventSteps;
import org.yuanwu.safety.EventView;
import org.yuanwu.safety.HazardReview;

/** Adverse events over JSON, mirroring the pages; failures become problem details. */
@RestController
@RequestMapping("/api/v1/safety/events")
@Tag(name = "Adverse events", description = "Adverse-event reports (anonymous allowed) with the national nursing "
        + "adverse-event levels I-IV (I sentinel, II harm, III no harm, IV near miss/hazard); triage by the quality "
        + "office, root-cause analysis (timeline, fishbone, five whys), corrective actions as quality findings, "
        + "repeat flags with the unit head's accountability, the monthly hazard review, Excel export")
class EventApiController {

    private final AdverseEventService events;

    EventApiController(AdverseEventService events) {
        this.events = events;
    }

    @GetMapping
    @Operation(summary = "Your own reports, and with SAFETY_READ the events of units in your scope, latest first; "
            + "filters: unitId (with units below), month (2026-11), level, type, status, mine")
    PagedResponse<EventView> list(@ParameterObject EventFilter filter,
                                  @Parameter(description = "Page number from 0") @RequestParam(required = false) Integer page,
                                  @Parameter(description = "Page size, 1 to 200 (default 20)") @RequestParam(required = false) Integer size) {
        return PagedResponse.of(events.search(filter, PageRequests.of(page, size, EventController.ORDER)));
    }

    @GetMapping("/export")
    @Operation(summary = "The filtered list as an Excel workbook")
    ResponseEntity<byte[]> export(@ParameterObject EventFilter filter, Locale locale) {
        return EventController.excel(events.export(filter, locale), "adverse-events.xlsx");
    }

    @GetMapping("/review")
    @Operation(summary = "The monthly safety-hazard review: the month's events and complaints (SAFETY_READ)")
    HazardReview review(@Parameter(description = "e.g. 2026-11") @RequestParam(required = false) String month) {
        return events.review(month);
    }

    @GetMapping("/{id}")
    EventView get(@PathVariable Long id) {
        return events.get(id);
    }

    @PostMapping
    @Operation(summary = "Report an event (every member of staff); occurredAt is hospital local time; with anonymous=true "
            + "no reporter is stored", responses = @ApiResponse(responseCode = "201", description = "Reported"))
    ResponseEntity<EventView> report(@RequestBody EventForm form) {
        EventView created = events.report(form);
        return ResponseEntity.created(URI.create("/api/v1/safety/events/" + created.id())).body(created);
    }

    @PostMapping("/{id}/triage")
    @Operation(summary = "Quality office (SAFETY_MANAGE): ACCEPT, RECLASSIFY (type and level) or NOT_EVENT (note required)")
    EventView triage(@PathVariable Long id, @RequestBody EventSteps.Triage body) {
        return events.triage(id, body);
    }

    @PutMapping("/{id}/rca")
    @Operation(summary = "Save the root-cause analysis (timeline, fishbone causes, five whys, root cause); replaces the earlier one")
    EventView rca(@PathVariable Long id, @RequestBody EventSteps.RootCauseAnalysis body) {
        return events.analyse(id, body);
    }

    @PostMapping("/{id}/actions")
    @Operation(summary = "Decide a corrective action: opens a quality finding for the unit (deadline required)")
    EventView action(@PathVariable Long id, @RequestBody EventSteps.CorrectiveAction body) {
        return events.addAction(id, body);
    }

    @PostMapping("/{id}/accountability")
    @Operation(summary = "The unit head (SAFETY_WRITE) answers for a repeated event")
    EventView accountability(@PathVariable Long id, @RequestBody EventSteps.Accountability body) {
        return events.accountability(id, body);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close an accepted event; levels I-II need the RCA, repeats the unit head's answer")
    EventView close(@PathVariable Long id, @RequestBody EventSteps.Closing body) {
        return events.close(id, body);
    }
}
