package org.yuanwu.union.internal.congress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.union.CongressService;
import org.yuanwu.union.CongressViews;

/** The workers' congress over the API: terms, delegates and quotas, sessions, attendance, agenda, documents, votes. */
@RestController
@RequestMapping(path = "/api/v1/union/congress", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Union: workers' congress")
class CongressApiController {

    private final CongressService congress;

    CongressApiController(CongressService congress) {
        this.congress = congress;
    }

    @GetMapping("/terms")
    List<CongressViews.Term> terms() {
        return congress.terms();
    }

    @PostMapping("/terms")
    @Operation(summary = "Create a term (UNION_WRITE); staffPerDelegate and the quorum fraction default to the settings (10, 2/3)")
    ResponseEntity<CongressViews.Term> createTerm(@RequestBody CongressViews.TermForm form) {
        CongressViews.Term t = congress.createTerm(form);
        return ResponseEntity.created(URI.create("/api/v1/union/congress/terms/" + t.id())).body(t);
    }

    @GetMapping("/terms/{id}")
    CongressViews.Term term(@PathVariable Long id) {
        return congress.term(id);
    }

    @PutMapping("/terms/{id}")
    @Operation(summary = "Edit a term; the body's version must be the stored one, else 409")
    CongressViews.Term updateTerm(@PathVariable Long id, @RequestBody CongressViews.TermForm form) {
        return congress.updateTerm(id, form);
    }

    @GetMapping("/terms/{id}/quotas")
    @Operation(summary = "Each unit's active staff, delegate quota (one per N staff, at least 1) and delegates elected (UNION_READ)")
    List<CongressViews.Quota> quotas(@PathVariable Long id) {
        return congress.quotas(id);
    }

    @GetMapping("/terms/{id}/delegates")
    List<CongressViews.Delegate> delegates(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean activeOnly) {
        return congress.delegates(id, activeOnly);
    }

    @GetMapping("/terms/{id}/delegates/export")
    ResponseEntity<byte[]> exportDelegates(@PathVariable Long id, Locale locale) {
        return excel(congress.exportDelegates(id, locale), "delegates.xlsx");
    }

    @PostMapping("/terms/{id}/delegates")
    @Operation(summary = "Elect a staff member as delegate for her unit; refused when the unit's quota is full or she is already one")
    ResponseEntity<CongressViews.Delegate> elect(@PathVariable Long id, @RequestBody CongressViews.Election body) {
        CongressViews.Delegate d = congress.elect(id, body);
        return ResponseEntity.status(201).body(d);
    }

    @PostMapping("/delegates/{id}/leave")
    @Operation(summary = "A delegate leaves the congress, with a reason; her record stays")
    CongressViews.Delegate leave(@PathVariable Long id, @RequestBody CongressViews.Leave body) {
        return congress.leave(id, body);
    }

    @GetMapping("/terms/{id}/sessions")
    List<CongressViews.Session> sessions(@PathVariable Long id) {
        return congress.sessions(id);
    }

    @PostMapping("/terms/{id}/sessions")
    ResponseEntity<CongressViews.Session> createSession(@PathVariable Long id, @RequestBody CongressViews.SessionForm form) {
        CongressViews.Session s = congress.createSession(id, form);
        return ResponseEntity.created(URI.create("/api/v1/union/congress/sessions/" + s.id())).body(s);
    }

    @GetMapping("/sessions/{id}")
    CongressViews.Session session(@PathVariable Long id) {
        return congress.session(id);
    }

    @PutMapping("/sessions/{id}/attendance")
    @Operation(summary = "Record the delegates present (replaces the list) while the session is planned")
    CongressViews.Session attendance(@PathVariable Long id, @RequestBody CongressViews.Attendance body) {
        return congress.recordAttendance(id, body);
    }

    @PostMapping("/sessions/{id}/convene")
    @Operation(summary = "Open the session for voting; refused (409) without a quorum")
    CongressViews.Session convene(@PathVariable Long id, @RequestParam Long version) {
        return congress.convene(id, version);
    }

    @PostMapping("/sessions/{id}/close")
    @Operation(summary = "Close the session once every item is decided; it counts as held (fact union.congress_sessions)")
    CongressViews.Session close(@PathVariable Long id, @RequestParam Long version) {
        return congress.close(id, version);
    }

    @GetMapping("/sessions/{id}/items")
    List<CongressViews.Item> items(@PathVariable Long id) {
        return congress.items(id);
    }

    @PostMapping("/sessions/{id}/items")
    @Operation(summary = "Add an agenda item; majorityBasis defaults by kind (MAJOR_MATTER and ELECTION: ALL delegates, else PRESENT)")
    ResponseEntity<CongressViews.Item> addItem(@PathVariable Long id, @RequestBody CongressViews.ItemForm form) {
        return ResponseEntity.status(201).body(congress.addItem(id, form));
    }

    @PostMapping(path = "/items/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a document (PDF, PNG, JPEG, .docx, .xlsx; at most 10 MB)")
    ResponseEntity<CongressViews.Document> upload(@PathVariable Long id, @RequestParam("file") MultipartFile file) {
        return ResponseEntity.status(201).body(congress.upload(id, file.getOriginalFilename(), bytes(file)));
    }

    @GetMapping("/documents/{id}")
    ResponseEntity<byte[]> document(@PathVariable Long id) {
        return download(congress.document(id));
    }

    @PostMapping("/items/{id}/votes")
    @Operation(summary = "Vote FOR, AGAINST or ABSTAIN as a delegate present; a second vote and a non-delegate's vote are refused")
    CongressViews.Item vote(@PathVariable Long id, @RequestBody CongressViews.Ballot ballot) {
        return congress.vote(id, ballot);
    }

    @PostMapping("/items/{id}/decide")
    @Operation(summary = "End the vote: passed when the votes for are more than half of the basis (present or all delegates)")
    CongressViews.Item decide(@PathVariable Long id, @RequestParam Long version) {
        return congress.decide(id, version);
    }

    @GetMapping("/sessions/{id}/resolution")
    @Operation(summary = "The session's resolution record: attendance, items, votes and results")
    CongressViews.Resolution resolution(@PathVariable Long id) {
        return congress.resolution(id);
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw DomainException.invalid("file", "congress.error.fileEmpty");
        }
    }

    static ResponseEntity<byte[]> download(CongressViews.DocumentFile f) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, f.contentType())
                .header("X-Content-Type-Options", "nosniff")
                .body(f.content());
    }

    static ResponseEntity<byte[]> excel(byte[] body, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, ExcelSheet.CONTENT_TYPE)
                .body(body);
    }
}
