package org.yuanwu.audit.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.common.web.PageRequests;

/** The audit trail page: filter by user, record type and date; export what the filter shows. */
@Controller
@RequestMapping("/audit")
class AuditController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(AuditQuery.ZONE);

    private final AuditQuery query;
    private final MessageSource messages;

    AuditController(AuditQuery query, MessageSource messages) {
        this.query = query;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String recordType,
                @RequestParam(required = false) String recordId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Integer page, Model model) {
        AuditQuery.Filter filter = new AuditQuery.Filter(actor, recordType, recordId, from, to);
        Page<AuditEntry> result = query.search(filter,
                PageRequests.of(page, 50, Sort.by(Sort.Direction.DESC, "occurredAt", "id")));
        model.addAttribute("filter", filter);
        model.addAttribute("page", result);
        model.addAttribute("time", TIME);
        model.addAttribute("recordTypes", List.of("org_unit", "staff", "user", "api_token"));
        return "audit/list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String actor,
                                  @RequestParam(required = false) String recordType,
                                  @RequestParam(required = false) String recordId,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        List<AuditEntry> rows = query.export(new AuditQuery.Filter(actor, recordType, recordId, from, to));
        List<String> headers = List.of("audit.time", "audit.actor", "audit.action", "audit.recordType",
                "audit.recordId", "audit.summary", "audit.before", "audit.after").stream()
                .map(k -> messages.getMessage(k, null, k, LocaleContextHolder.getLocale())).toList();
        byte[] xlsx = ExcelSheet.write("audit", headers, rows.stream().map(e -> List.<Object>of(
                TIME.format(e.getOccurredAt()), e.getActor(), e.getAction().name(), e.getRecordType(),
                e.getRecordId(), nz(e.getSummary()), nz(e.getBeforeJson()), nz(e.getAfterJson()))).toList());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, ExcelSheet.CONTENT_TYPE)
                .body(xlsx);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
