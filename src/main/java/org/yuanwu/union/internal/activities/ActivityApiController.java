package org.yuanwu.union.internal.activities;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.yuanwu.common.DomainException;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.common.web.PagedResponse;
import org.yuanwu.union.ActivityAttendance;
import org.yuanwu.union.ActivityFilter;
import org.yuanwu.union.ActivityForm;
import org.yuanwu.union.ActivityPhotoView;
import org.yuanwu.union.ActivityService;
import org.yuanwu.union.ActivitySignupView;
import org.yuanwu.union.ActivityView;

/** Union activities over JSON, mirroring the pages. */
@RestController
@RequestMapping("/api/v1/union/activities")
@Tag(name = "Union activities", description = "Activities with budget (fen), capacity and sign-up deadline; staff sign "
        + "themselves up (refused when closed, past the deadline, full, or twice); attendance once the day has come; "
        + "photos (JPEG/PNG/WebP, at most 5 MB); cancellation with a reason; Excel export")
class ActivityApiController {

    static final Sort ORDER = Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("id"));

    private final ActivityService activities;

    ActivityApiController(ActivityService activities) {
        this.activities = activities;
    }

    @GetMapping
    @Operation(summary = "Activities, latest first (every signed-in user)")
    PagedResponse<ActivityView> list(@ParameterObject ActivityFilter filter,
                                     @Parameter(description = "Page number from 0") @RequestParam(required = false) Integer page,
                                     @Parameter(description = "Page size, 1 to 200") @RequestParam(required = false) Integer size) {
        return PagedResponse.of(activities.search(filter, PageRequests.of(page, size, ORDER)));
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@ParameterObject ActivityFilter filter, Locale locale) {
        return Downloads.excel(activities.export(filter, locale), "activities.xlsx");
    }

    @GetMapping("/{id}")
    ActivityView get(@PathVariable Long id) {
        return activities.get(id);
    }

    @PostMapping
    @Operation(summary = "Plan an activity (UNION_WRITE over the organising unit); budgetYuan in yuan, kept in fen")
    ResponseEntity<ActivityView> create(@RequestBody ActivityForm form) {
        ActivityView created = activities.create(form);
        return ResponseEntity.created(URI.create("/api/v1/union/activities/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct it, or enter the actual spend (spentYuan) once held; version must be the stored one")
    ActivityView update(@PathVariable Long id, @RequestBody ActivityForm form) {
        return activities.update(id, form);
    }

    record Cancellation(String reason, Long version) {
    }

    @PostMapping("/{id}/fund-request")
    @Operation(summary = "Request the activity's budget from the union fund (category: activities); it then follows the "
            + "fund's approval and payment")
    ResponseEntity<org.yuanwu.union.FundExpenseView> requestBudget(@PathVariable Long id) {
        org.yuanwu.union.FundExpenseView x = activities.requestBudget(id);
        return ResponseEntity.created(URI.create("/api/v1/union/fund/expenses/" + x.id())).body(x);
    }

    @GetMapping("/{id}/fund-requests")
    @Operation(summary = "The fund requests made for the activity's budget, with approval and payment")
    List<org.yuanwu.union.FundExpenseView> fundRequests(@PathVariable Long id) {
        return activities.fundRequests(id);
    }

    @PostMapping("/{id}/cancel")
    ActivityView cancel(@PathVariable Long id, @RequestBody Cancellation body) {
        return activities.cancel(id, body.reason(), body.version());
    }

    @GetMapping("/{id}/signups")
    List<ActivitySignupView> signups(@PathVariable Long id) {
        return activities.signups(id);
    }

    record SignupRequest(Long staffId) {
    }

    @PostMapping("/{id}/signups")
    @Operation(summary = "Sign up: yourself (no body or no staffId), or another member of staff (UNION_WRITE); 409 when "
            + "full, past the deadline, not open or signed up already")
    ResponseEntity<ActivitySignupView> signUp(@PathVariable Long id, @RequestBody(required = false) SignupRequest body) {
        ActivitySignupView s = activities.signUp(id, body == null ? null : body.staffId());
        return ResponseEntity.status(201).body(s);
    }

    @PostMapping("/{id}/signups/withdraw")
    @Operation(summary = "Withdraw a sign-up: yours (no staffId) or anyone's (UNION_WRITE)")
    ResponseEntity<Void> withdraw(@PathVariable Long id, @RequestBody(required = false) SignupRequest body) {
        activities.withdrawSignup(id, body == null ? null : body.staffId());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/attendance")
    @Operation(summary = "Record who came (walk-ins are added; the others signed up did not); the activity is then held")
    ActivityView attendance(@PathVariable Long id, @RequestBody ActivityAttendance body) {
        return activities.recordAttendance(id, body);
    }

    @GetMapping("/{id}/photos")
    List<ActivityPhotoView> photos(@PathVariable Long id) {
        return activities.photos(id);
    }

    @PostMapping(value = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ActivityPhotoView> upload(@PathVariable Long id, @RequestPart("file") MultipartFile file) throws IOException {
        return ResponseEntity.status(201).body(activities.addPhoto(id, file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable Long id, @PathVariable Long photoId) {
        var p = activities.photo(id, photoId).orElseThrow(() -> DomainException.notFound("activity.error.photoNotFound"));
        return Downloads.file(p.getValue(), p.getKey().contentType(), p.getKey().fileName(), false);
    }
}
