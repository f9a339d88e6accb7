package org.yuanwu.union.internal.health;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Sort;
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
import org.yuanwu.union.HealthCheckAttendee;
import org.yuanwu.union.HealthCheckFile;
import org.yuanwu.union.HealthCheckFinding;
import org.yuanwu.union.HealthCheckFindingForm;
import org.yuanwu.union.HealthCheckForm;
import org.yuanwu.union.HealthCheckService;
import org.yuanwu.union.HealthCheckView;
import org.yuanwu.union.internal.activities.Downloads;

/** The staff health check over JSON; findings and health files answer only HEALTH_FINDINGS_READ (403 for everyone else). */
@RestController
@RequestMapping("/api/v1/union/health-checks")
@Tag(name = "Staff health check", description = "Yearly campaigns, the due list and attendance (HEALTH_CHECK_MANAGE), "
        + "the list of those not yet attended; confidential findings and staff health files (HEALTH_FINDINGS_READ only)")
class HealthCheckApiController {

    static final Sort ORDER = Sort.by("unitId", "staffId");

    private final HealthCheckService health;

    HealthCheckApiController(HealthCheckService health) {
        this.health = health;
    }

    @GetMapping
    List<HealthCheckView> list() {
        return health.list();
    }

    @PostMapping
    @Operation(summary = "Open a campaign; the due list is the audience's active staff at this moment")
    ResponseEntity<HealthCheckView> create(@RequestBody HealthCheckForm form) {
        HealthCheckView v = health.create(form);
        return ResponseEntity.created(URI.create("/api/v1/union/health-checks/" + v.id())).body(v);
    }

    @GetMapping("/{id}")
    HealthCheckView get(@PathVariable Long id) {
        return health.get(id);
    }

    @GetMapping("/{id}/attendance")
    @Operation(summary = "Who is due and when they attended (never any finding); attended=false lists those still to come")
    PagedResponse<HealthCheckAttendee> attendance(@PathVariable Long id, @RequestParam(required = false) Boolean attended,
                                                  @RequestParam(required = false) Long unitId,
                                                  @Parameter(description = "Page number from 0") @RequestParam(required = false) Integer page,
                                                  @Parameter(description = "Page size, 1 to 200") @RequestParam(required = false) Integer size) {
        return PagedResponse.of(health.attendance(id, attended, unitId, PageRequests.of(page, size, ORDER)));
    }

    @GetMapping("/{id}/pending/export")
    ResponseEntity<byte[]> pending(@PathVariable Long id, Locale locale) {
        return Downloads.excel(health.exportPending(id, locale), "health-check-reminders.xlsx");
    }

    record Attendance(Long staffId, LocalDate attendedOn) {
    }

    @PostMapping("/{id}/attendance")
    @Operation(summary = "Record the day a person attended (null clears it)")
    HealthCheckAttendee attend(@PathVariable Long id, @RequestBody Attendance body) {
        return health.recordAttendance(id, body.staffId(), body.attendedOn());
    }

    @GetMapping("/{id}/findings")
    @Operation(summary = "Confidential findings of the campaign (HEALTH_FINDINGS_READ only)")
    List<HealthCheckFinding> findings(@PathVariable Long id, @RequestParam(required = false) Boolean abnormalOnly) {
        return health.findings(id, abnormalOnly);
    }

    @PostMapping("/{id}/findings")
    @Operation(summary = "Record or correct a person's finding (HEALTH_FINDINGS_READ only; she must have attended)")
    HealthCheckFinding record(@PathVariable Long id, @RequestBody HealthCheckFindingForm body) {
        return health.recordFinding(id, body);
    }

    @GetMapping("/files/{staffId}")
    @Operation(summary = "A person's staff health file (HEALTH_FINDINGS_READ only)")
    HealthCheckFile file(@PathVariable Long staffId) {
        return health.file(staffId);
    }
}
