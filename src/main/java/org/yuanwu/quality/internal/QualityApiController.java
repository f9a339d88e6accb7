package org.yuanwu.quality.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
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
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.common.web.PagedResponse;
import org.yuanwu.indicator.Period;
import org.yuanwu.quality.FileContent;
import org.yuanwu.quality.FindingCounts;
import org.yuanwu.quality.FindingFilter;
import org.yuanwu.quality.FindingView;
import org.yuanwu.quality.InspectionActions;
import org.yuanwu.quality.InspectionFilter;
import org.yuanwu.quality.InspectionForm;
import org.yuanwu.quality.InspectionView;
import org.yuanwu.quality.QualityFindings;
import org.yuanwu.quality.QualityInspections;
import org.yuanwu.quality.QualityRankings;
import org.yuanwu.quality.QualityTemplates;
import org.yuanwu.quality.RankingRow;
import org.yuanwu.quality.ReviewStepKind;
import org.yuanwu.quality.RoundForm;
import org.yuanwu.quality.RoundView;
import org.yuanwu.quality.ScoreLine;
import org.yuanwu.quality.TemplateForm;
import org.yuanwu.quality.TemplateStatus;
import org.yuanwu.quality.TemplateView;

/** Quality inspections over JSON, mirroring the pages; failures become problem details (ApiExceptionHandler). */
@RestController
@RequestMapping("/api/v1/quality")
@Tag(name = "Quality", description = "Checklist templates, inspections with server-side scoring and the review chain, "
        + "rankings, and the rectification loop of findings")
class QualityApiController {

    static final Sort INSPECTION_ORDER = Sort.by(Sort.Order.desc("inspectionDate"), Sort.Order.desc("id"));
    static final Sort FINDING_ORDER = Sort.by(Sort.Order.asc("deadline"), Sort.Order.asc("id"));

    private final QualityTemplates templates;
    private final QualityInspections inspections;
    private final QualityFindings findings;
    private final QualityRankings rankings;

    QualityApiController(QualityTemplates templates, QualityInspections inspections, QualityFindings findings,
                         QualityRankings rankings) {
        this.templates = templates;
        this.inspections = inspections;
        this.findings = findings;
        this.rankings = rankings;
    }

    record VersionRequest(Long version) {
    }

    @Schema(description = "Scores of some items (others keep theirs): per item occurrences, or pointsDeducted "
            + "directly (0 to the item's maximum); a note; remarks on the whole inspection; deadline days for findings")
    record ScoreRequest(Long version, List<ScoreLine> lines, String remarks, Integer deadlineDays) {
    }

    @Schema(description = "A review step: SUBMIT, REVIEW, SIGN_OFF (publishes) or RETURN (comment required)")
    record StepRequest(ReviewStepKind step, Long version, String comment) {
    }

    record WithdrawRequest(Long version, String reason) {
    }

    record VerifyRequest(Long version, boolean accept, String reason) {
    }

    record AccountabilityRequest(Long version, String text) {
    }

    record AssignRequest(Long version, Long responsibleStaffId, LocalDate deadline) {
    }

    // ---------------------------------------------------------------- templates

    @GetMapping("/templates")
    @Operation(summary = "Checklist templates, all versions, newest version first per checklist")
    List<TemplateView> templates(@RequestParam(required = false) TemplateStatus status) {
        return templates.list(status);
    }

    @GetMapping("/templates/{id}")
    TemplateView template(@PathVariable Long id) {
        return templates.get(id);
    }

    @PostMapping("/templates")
    @Operation(summary = "Create a DRAFT template (QUALITY_MANAGE)", description = "Items: section, itemCode (optional, "
            + "kept across versions), text, maxPoints > 0, deductionPerTime in (0, maxPoints], veto, photoRequired, noteRequired",
            responses = @ApiResponse(responseCode = "201", description = "Created"))
    ResponseEntity<TemplateView> createTemplate(@RequestBody TemplateForm form) {
        TemplateView t = templates.create(form);
        return ResponseEntity.created(URI.create("/api/v1/quality/templates/" + t.id())).body(t);
    }

    @PutMapping("/templates/{id}")
    @Operation(summary = "Edit a template; an ACTIVE template already used returns a new ACTIVE version (the old one "
            + "is RETIRED and its inspections keep it)")
    TemplateView updateTemplate(@PathVariable Long id, @RequestBody TemplateForm form) {
        return templates.update(id, form);
    }

    @PostMapping("/templates/{id}/activate")
    TemplateView activate(@PathVariable Long id, @RequestBody VersionRequest body) {
        return templates.activate(id, body.version());
    }

    @PostMapping("/templates/{id}/retire")
    TemplateView retire(@PathVariable Long id, @RequestBody VersionRequest body) {
        return templates.retire(id, body.version());
    }

    // ---------------------------------------------------------------- inspections

    @GetMapping("/inspections")
    @Operation(summary = "Inspections of units in your scope (or inspected by your unit), newest first")
    PagedResponse<InspectionView> list(@ParameterObject InspectionFilter filter,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        return PagedResponse.of(inspections.search(filter, PageRequests.of(page, size, INSPECTION_ORDER)));
    }

    @GetMapping("/inspections/{id}")
    @Operation(summary = "An inspection with its items, scores, photos and review steps")
    InspectionView inspection(@PathVariable Long id) {
        return inspections.get(id);
    }

    @GetMapping("/inspections/{id}/actions")
    InspectionActions actions(@PathVariable Long id) {
        return inspections.actions(id);
    }

    @PostMapping("/inspections")
    @Operation(summary = "Start an ad hoc inspection of a unit in your scope with an ACTIVE template (QUALITY_INSPECT)",
            responses = @ApiResponse(responseCode = "201", description = "Created as DRAFT with full marks"))
    ResponseEntity<InspectionView> create(@RequestBody InspectionForm form) {
        InspectionView i = inspections.create(form);
        return ResponseEntity.created(URI.create("/api/v1/quality/inspections/" + i.id())).body(i);
    }

    @PutMapping("/inspections/{id}/scores")
    @Operation(summary = "Score items of a DRAFT; the server computes the total (deductions capped at each item's "
            + "maximum; a failed veto item makes the score 0). Out-of-range deductions and missing required notes or "
            + "photos are refused with 400 naming the item")
    InspectionView score(@PathVariable Long id, @RequestBody ScoreRequest body) {
        return inspections.score(id, body.version(), body.lines(), body.remarks(), body.deadlineDays());
    }

    @PostMapping(value = "/inspections/{id}/items/{itemId}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a photo to an item of a DRAFT (PNG, JPEG, GIF or WebP, at most 5 MB)")
    InspectionView photo(@PathVariable Long id, @PathVariable Long itemId,
                         @RequestParam(required = false) MultipartFile file) {
        return inspections.uploadPhoto(id, itemId, file == null ? null : file.getOriginalFilename(), bytes(file, "photo"));
    }

    @GetMapping("/inspections/{id}/photos/{photoId}")
    @Operation(responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "image/*",
            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> photoFile(@PathVariable Long id, @PathVariable Long photoId) {
        return file(inspections.photo(id, photoId), true);
    }

    @PostMapping("/inspections/{id}/steps")
    @Operation(summary = "Run a review step in order: SUBMIT (inspector) → REVIEW (head-nurse level, not the inspector) → "
            + "SIGN_OFF (QUALITY_MANAGE, publishes, opens findings, records facts); RETURN sends it back to DRAFT. "
            + "Out of order: 409")
    InspectionView step(@PathVariable Long id, @RequestBody StepRequest body) {
        return inspections.step(id, body.step(), body.version(), body.comment());
    }

    @PostMapping("/inspections/{id}/withdraw")
    @Operation(summary = "Withdraw an inspection with a reason (QUALITY_MANAGE); its facts and findings are withdrawn")
    InspectionView withdraw(@PathVariable Long id, @RequestBody WithdrawRequest body) {
        return inspections.withdraw(id, body.version(), body.reason());
    }

    @GetMapping("/inspections/{id}/findings")
    List<FindingView> inspectionFindings(@PathVariable Long id) {
        inspections.get(id);
        return findings.ofInspection(id);
    }

    @PostMapping("/rounds")
    @Operation(summary = "Plan a round (QUALITY_MANAGE): MONTHLY makes one inspection per ward under parentUnitId; "
            + "CROSS uses assignments [{inspectingUnitId, inspectedUnitId}] (a ward inspecting itself: 400) or a rotation",
            responses = @ApiResponse(responseCode = "201", description = "The round with its inspections"))
    ResponseEntity<RoundView> round(@RequestBody RoundForm form) {
        RoundView r = inspections.createRound(form);
        return ResponseEntity.created(URI.create("/api/v1/quality/rounds/" + r.id())).body(r);
    }

    @GetMapping("/rounds/{id}")
    RoundView getRound(@PathVariable Long id) {
        return inspections.round(id);
    }

    // ---------------------------------------------------------------- rankings

    @GetMapping("/rankings")
    @Operation(summary = "Units by average score of the checklist's published inspections in the period; places 1–3 "
            + "are medals")
    List<RankingRow> ranking(@Parameter(description = "Any version of the checklist") @RequestParam Long templateId,
                             @Parameter(description = "e.g. 2026, 2026-Q3, 2026-07") @RequestParam String period,
                             @RequestParam(required = false) Long unitId) {
        return rankings.ranking(templateId, parsePeriod(period), unitId);
    }

    // ---------------------------------------------------------------- findings

    @GetMapping("/findings")
    @Operation(summary = "Findings of units in your scope, earliest deadline first; filters: unitId (with units below), "
            + "status, overdue, recurrence")
    PagedResponse<FindingView> findings(@ParameterObject FindingFilter filter,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        return PagedResponse.of(findings.search(filter, PageRequests.of(page, size, FINDING_ORDER)));
    }

    @GetMapping("/findings/counts")
    @Operation(summary = "Open, answered, overdue, recurring and accepted findings of a unit and the units below it")
    FindingCounts counts(@RequestParam Long unitId) {
        return findings.countsFor(unitId);
    }

    @GetMapping("/findings/{id}")
    FindingView finding(@PathVariable Long id) {
        return findings.get(id);
    }

    @PostMapping(value = "/findings/{id}/answer", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "The unit answers an OPEN finding (QUALITY_RECTIFY): corrective action and evidence file "
            + "(image or PDF, at most 5 MB; required unless one is already attached)")
    FindingView answer(@PathVariable Long id, @RequestParam(required = false) Long version,
                       @RequestParam(required = false) String correctiveAction,
                       @RequestParam(required = false) Long responsibleStaffId,
                       @RequestParam(required = false) MultipartFile evidence) {
        byte[] content = evidence == null || evidence.isEmpty() ? null : bytes(evidence, "evidence");
        return findings.answer(id, version, correctiveAction, responsibleStaffId,
                evidence == null ? null : evidence.getOriginalFilename(), content);
    }

    @PostMapping("/findings/{id}/accountability")
    @Operation(summary = "The head of the unit answers for a recurrence (needed before it can be accepted)")
    FindingView accountability(@PathVariable Long id, @RequestBody AccountabilityRequest body) {
        return findings.accountability(id, body.version(), body.text());
    }

    @PostMapping("/findings/{id}/verify")
    @Operation(summary = "The inspector accepts an ANSWERED finding (closed) or rejects it with a reason (OPEN again)")
    FindingView verify(@PathVariable Long id, @RequestBody VerifyRequest body) {
        return findings.verify(id, body.version(), body.accept(), body.reason());
    }

    @PostMapping("/findings/{id}/assign")
    @Operation(summary = "Set the responsible staff member (of the unit) and the deadline of an unclosed finding")
    FindingView assign(@PathVariable Long id, @RequestBody AssignRequest body) {
        return findings.assign(id, body.version(), body.responsibleStaffId(), body.deadline());
    }

    @GetMapping("/findings/{id}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable Long id) {
        return file(findings.evidence(id), false);
    }

    // ---------------------------------------------------------------- helpers

    static Period parsePeriod(String code) {
        try {
            return Period.parse(code);
        } catch (RuntimeException e) {
            throw DomainException.invalid("period", "quality.error.periodInvalid", code);
        }
    }

    static byte[] bytes(MultipartFile file, String field) {
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid(field, "quality.error.fileEmpty");
        }
        if (file.getSize() > Uploads.MAX_BYTES) {
            throw DomainException.invalid(field, "quality.error.fileTooLarge", Uploads.MAX_BYTES / (1024 * 1024));
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw DomainException.invalid(field, "quality.error.fileEmpty");
        }
    }

    /** Images are shown inline (they are checked to be images); other files are downloaded. */
    static ResponseEntity<byte[]> file(FileContent c, boolean inline) {
        boolean image = c.contentType().startsWith("image/");
        ContentDisposition disposition = (inline && image ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(c.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(c.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff").body(c.content());
    }
}
