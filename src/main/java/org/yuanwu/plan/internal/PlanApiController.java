package org.yuanwu.plan.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.common.web.PagedResponse;
import org.yuanwu.plan.AttachmentContent;
import org.yuanwu.plan.AttachmentView;
import org.yuanwu.plan.PlanActions;
import org.yuanwu.plan.PlanFilter;
import org.yuanwu.plan.PlanForm;
import org.yuanwu.plan.PlanHistoryEntry;
import org.yuanwu.plan.PlanItemForm;
import org.yuanwu.plan.PlanItemService;
import org.yuanwu.plan.PlanItemView;
import org.yuanwu.plan.PlanProgress;
import org.yuanwu.plan.PlanProgressService;
import org.yuanwu.plan.PlanService;
import org.yuanwu.plan.PlanView;

/** Plans over JSON, mirroring the pages; failures become problem details (ApiExceptionHandler). */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans", description = "Work plans of org units: items with indicator targets or deliverables, "
        + "the approval lifecycle with history and comments, evidence files, live progress")
class PlanApiController {

    private final PlanService plans;
    private final PlanItemService items;
    private final PlanProgressService progress;

    PlanApiController(PlanService plans, PlanItemService items, PlanProgressService progress) {
        this.plans = plans;
        this.items = items;
        this.progress = progress;
    }

    @Schema(description = "A lifecycle step: the plan version you read, and a comment (required to return a plan)")
    record TransitionRequest(Long version, String comment) {
    }

    record CommentRequest(String text) {
    }

    record DoneRequest(boolean done, Long version) {
    }

    // ---------------------------------------------------------------- plans

    @GetMapping
    @Operation(summary = "Plans of the units in your data scope (approvers also see the plans of the units below theirs), "
            + "newest year first")
    PagedResponse<PlanView> list(@ParameterObject PlanFilter filter,
                                 @Parameter(description = "Page number from 0") @RequestParam(required = false) Integer page,
                                 @Parameter(description = "Page size, 1 to 200 (default 20)") @RequestParam(required = false) Integer size) {
        return PagedResponse.of(plans.search(filter, PageRequests.of(page, size, PlanController.ORDER)));
    }

    @GetMapping("/{id}")
    PlanView get(@PathVariable Long id) {
        return plans.get(id);
    }

    @PostMapping
    @Operation(summary = "Draft a plan for a unit in your data scope (needs PLAN_WRITE)",
            responses = @ApiResponse(responseCode = "201", description = "Created as DRAFT; Location names it"))
    ResponseEntity<PlanView> create(@Valid @RequestBody PlanForm form) {
        PlanView created = plans.create(form);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a DRAFT or RETURNED plan; the body's version must be the stored one, else 409")
    PlanView update(@PathVariable Long id, @Valid @RequestBody PlanForm form) {
        return plans.update(id, form);
    }

    @GetMapping("/{id}/actions")
    @Operation(summary = "What you may do with the plan now")
    PlanActions actions(@PathVariable Long id) {
        return plans.actions(id);
    }

    @GetMapping("/{id}/progress")
    @Operation(summary = "Each item's status computed live (indicators from the engine, deliverables from their tick "
            + "and due date) and the share of items achieved or on track")
    PlanProgress progress(@PathVariable Long id,
                          @Parameter(description = "The day to judge on (default today); facts up to that day count")
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return asOf == null ? progress.progress(id) : progress.progress(id, asOf);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every status change and comment, oldest first")
    List<PlanHistoryEntry> history(@PathVariable Long id) {
        return plans.history(id);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a DRAFT or RETURNED plan with at least one item to the parent unit for approval")
    PlanView submit(@PathVariable Long id, @RequestBody TransitionRequest body) {
        return plans.submit(id, body.version(), body.comment());
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve a SUBMITTED plan (PLAN_APPROVE over the parent unit; not your own plan). "
            + "From the period's first day on it is IN_PROGRESS at once, else APPROVED")
    PlanView approve(@PathVariable Long id, @RequestBody TransitionRequest body) {
        return plans.approve(id, body.version(), body.comment());
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return a SUBMITTED plan to its authors; the comment is required")
    PlanView returnToAuthors(@PathVariable Long id, @RequestBody TransitionRequest body) {
        return plans.returnToAuthors(id, body.version(), body.comment());
    }

    @PostMapping("/{id}/start")
    @Operation(summary = "Start an APPROVED plan")
    PlanView start(@PathVariable Long id, @RequestBody TransitionRequest body) {
        return plans.start(id, body.version(), body.comment());
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close an APPROVED or IN_PROGRESS plan, from the first day of its last month "
            + "(the last week for a monthly plan)")
    PlanView close(@PathVariable Long id, @RequestBody TransitionRequest body) {
        return plans.close(id, body.version(), body.comment());
    }

    @PostMapping("/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comment on the plan at any stage")
    PlanHistoryEntry comment(@PathVariable Long id, @RequestBody CommentRequest body) {
        return plans.comment(id, body.text());
    }

    @PostMapping("/{id}/copy")
    @Operation(summary = "Copy the plan as next year's DRAFT: same items and targets, deliverables not done, no files",
            responses = @ApiResponse(responseCode = "201", description = "The new draft"))
    ResponseEntity<PlanView> copy(@PathVariable Long id) {
        PlanView copy = plans.copyToNextYear(id);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + copy.id())).body(copy);
    }

    // ---------------------------------------------------------------- items

    @GetMapping("/{id}/items")
    List<PlanItemView> items(@PathVariable Long id) {
        return items.items(id);
    }

    @GetMapping("/{id}/items/{itemId}")
    PlanItemView item(@PathVariable Long id, @PathVariable Long itemId) {
        return items.item(id, itemId);
    }

    @PostMapping("/{id}/items")
    @Operation(summary = "Add an item to a DRAFT or RETURNED plan",
            description = "INDICATOR items need indicatorCode, comparator (AT_LEAST, AT_MOST, EQUAL, BETWEEN) and a "
                    + "numeric target (BETWEEN also targetUpper above it); DELIVERABLE items are ticked off later. "
                    + "coveredUnitIds default to the plan's unit and must lie within it.",
            responses = @ApiResponse(responseCode = "201", description = "Created"))
    ResponseEntity<PlanItemView> addItem(@PathVariable Long id, @Valid @RequestBody PlanItemForm form) {
        PlanItemView created = items.add(id, form);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/items/" + created.id())).body(created);
    }

    @PutMapping("/{id}/items/{itemId}")
    @Operation(summary = "Change an item of a DRAFT or RETURNED plan; send the item version you read")
    PlanItemView updateItem(@PathVariable Long id, @PathVariable Long itemId, @Valid @RequestBody PlanItemForm form) {
        return items.update(id, itemId, form);
    }

    @DeleteMapping("/{id}/items/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an item of a DRAFT or RETURNED plan")
    void deleteItem(@PathVariable Long id, @PathVariable Long itemId,
                    @Parameter(description = "The item version you read") @RequestParam(required = false) Long version) {
        items.remove(id, itemId, version);
    }

    @PostMapping("/{id}/items/{itemId}/done")
    @Operation(summary = "Tick a deliverable off (or back) while the plan is APPROVED or IN_PROGRESS")
    PlanItemView done(@PathVariable Long id, @PathVariable Long itemId, @RequestBody DoneRequest body) {
        return items.markDone(id, itemId, body.done(), body.version());
    }

    // ---------------------------------------------------------------- evidence

    @GetMapping("/{id}/items/{itemId}/attachments")
    List<AttachmentView> attachments(@PathVariable Long id, @PathVariable Long itemId) {
        return items.attachments(id, itemId);
    }

    @PostMapping(value = "/{id}/items/{itemId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach an evidence file to a deliverable (at most 5 MB)",
            description = "The type is read from the content: PDF, PNG, JPEG, .docx, .xlsx, .pptx or plain text. "
                    + "Executables, scripts, macro-enabled documents and unknown types are refused with 400.")
    AttachmentView upload(@PathVariable Long id, @PathVariable Long itemId,
                          @RequestParam(required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("file", "plan.error.attachmentEmpty");
        }
        if (file.getSize() > EvidenceFiles.MAX_BYTES) {
            throw DomainException.invalid("file", "plan.error.attachmentTooLarge", EvidenceFiles.MAX_BYTES / (1024 * 1024));
        }
        try {
            return items.attach(id, itemId, file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw DomainException.invalid("file", "plan.error.attachmentUnreadable");
        }
    }

    @GetMapping("/{id}/items/{itemId}/attachments/{attachmentId}")
    @Operation(summary = "Download an evidence file", responses = @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long itemId, @PathVariable Long attachmentId) {
        return file(items.download(id, itemId, attachmentId));
    }

    @DeleteMapping("/{id}/items/{itemId}/attachments/{attachmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteAttachment(@PathVariable Long id, @PathVariable Long itemId, @PathVariable Long attachmentId) {
        items.removeAttachment(id, itemId, attachmentId);
    }

    /** Always a download (never shown inline), under its stored name. */
    static ResponseEntity<byte[]> file(AttachmentContent content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(content.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.content());
    }
}
