package org.yuanwu.safety.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.yuanwu.safety.ComplaintFilter;
import org.yuanwu.safety.ComplaintForm;
import org.yuanwu.safety.ComplaintService;
import org.yuanwu.safety.ComplaintSteps;
import org.yuanwu.safety.ComplaintView;

/** Complaints and suggestions over JSON, mirroring the pages; failures become problem details. */
@RestController
@RequestMapping("/api/v1/safety/complaints")
@Tag(name = "Complaints", description = "Complaints and suggestions: registration from every channel, assignment, "
        + "answer within the answer period (3 days by default; later is overdue), closing with the complainant's "
        + "satisfaction, withdrawal with a reason, Excel export")
class ComplaintApiController {

    private final ComplaintService complaints;

    ComplaintApiController(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @GetMapping
    @Operation(summary = "Complaints about (or assigned to) units in your data scope, newest received first")
    PagedResponse<ComplaintView> list(@ParameterObject ComplaintFilter filter,
                                      @Parameter(description = "Page number from 0") @RequestParam(required = false) Integer page,
                                      @Parameter(description = "Page size, 1 to 200 (default 20)") @RequestParam(required = false) Integer size) {
        return PagedResponse.of(complaints.search(filter, PageRequests.of(page, size, ComplaintController.ORDER)));
    }

    @GetMapping("/export")
    @Operation(summary = "The filtered list as an Excel workbook")
    ResponseEntity<byte[]> export(@ParameterObject ComplaintFilter filter, Locale locale) {
        return ComplaintController.excel(complaints.export(filter, locale), "complaints.xlsx");
    }

    @GetMapping("/{id}")
    ComplaintView get(@PathVariable Long id) {
        return complaints.get(id);
    }

    @PostMapping
    @Operation(summary = "Register a complaint or suggestion (needs SAFETY_WRITE); dueOn defaults to receivedOn + 3 days",
            responses = @ApiResponse(responseCode = "201", description = "Registered; Location names it"))
    ResponseEntity<ComplaintView> create(@Valid @RequestBody ComplaintForm form) {
        ComplaintView created = complaints.create(form);
        return ResponseEntity.created(URI.create("/api/v1/safety/complaints/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct what was registered while it is open; the body's version must be the stored one, else 409")
    ComplaintView update(@PathVariable Long id, @Valid @RequestBody ComplaintForm form) {
        return complaints.update(id, form);
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Assign a responsible unit and person (and optionally another due date)")
    ComplaintView assign(@PathVariable Long id, @RequestBody ComplaintSteps.Assignment body) {
        return complaints.assign(id, body);
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "Record the answer given (answeredOn defaults to today); after dueOn it stays flagged overdue")
    ComplaintView answer(@PathVariable Long id, @RequestBody ComplaintSteps.Answer body) {
        return complaints.answer(id, body);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close an ANSWERED complaint with the complainant's satisfaction with the answer")
    ComplaintView close(@PathVariable Long id, @RequestBody ComplaintSteps.Closing body) {
        return complaints.close(id, body);
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw with a reason; it stays on record")
    ComplaintView withdraw(@PathVariable Long id, @RequestBody ComplaintSteps.Withdrawal body) {
        return complaints.withdraw(id, body);
    }
}
