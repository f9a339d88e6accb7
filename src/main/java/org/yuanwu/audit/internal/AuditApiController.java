package org.yuanwu.audit.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.common.web.PagedResponse;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail", description = "Append-only record of every change")
class AuditApiController {

    private final AuditQuery query;

    AuditApiController(AuditQuery query) {
        this.query = query;
    }

    record AuditEntryView(Long id, Instant occurredAt, String actor, String action, String recordType,
                          String recordId, String summary, String before, String after) {
    }

    @GetMapping
    @Operation(summary = "Search the audit trail, newest first")
    PagedResponse<AuditEntryView> search(@RequestParam(required = false) String actor,
                                         @RequestParam(required = false) String recordType,
                                         @RequestParam(required = false) String recordId,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        Page<AuditEntry> result = query.search(new AuditQuery.Filter(actor, recordType, recordId, from, to),
                PageRequests.of(page, size, Sort.by(Sort.Direction.DESC, "occurredAt", "id")));
        return PagedResponse.of(result.map(e -> new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(),
                e.getAction().name(), e.getRecordType(), e.getRecordId(), e.getSummary(), e.getBeforeJson(),
                e.getAfterJson())));
    }
}
