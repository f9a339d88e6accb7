package org.yuanwu.union.internal.honours;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
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
import org.yuanwu.union.HonourFilter;
import org.yuanwu.union.HonourForm;
import org.yuanwu.union.HonourStarRating;
import org.yuanwu.union.HonourStatus;
import org.yuanwu.union.HonourView;
import org.yuanwu.union.Honours;
import org.yuanwu.union.internal.activities.Downloads;

/** The honours registry over JSON. */
@RestController
@RequestMapping("/api/v1/union/honours")
@Tag(name = "Union honours", description = "Honours of people and units: applied → recommended → awarded or not "
        + "awarded (withdrawn with a reason); certificate scans (PDF, JPEG, PNG, WebP, at most 10 MB); the star-rating record")
class HonourApiController {

    static final Sort ORDER = Sort.by(Sort.Order.desc("awardedOn"), Sort.Order.desc("id"));

    private final Honours honours;

    HonourApiController(Honours honours) {
        this.honours = honours;
    }

    @GetMapping
    @Operation(summary = "UNION_READ: every entry in scope; others: awarded honours only")
    PagedResponse<HonourView> list(@ParameterObject HonourFilter filter,
                                   @Parameter(description = "Page number from 0") @RequestParam(required = false) Integer page,
                                   @Parameter(description = "Page size, 1 to 200") @RequestParam(required = false) Integer size) {
        return PagedResponse.of(honours.search(filter, PageRequests.of(page, size, ORDER)));
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@ParameterObject HonourFilter filter, Locale locale) {
        return Downloads.excel(honours.export(filter, locale), "honours.xlsx");
    }

    @GetMapping("/star-rating")
    @Operation(summary = "The year's union record for a 星级职工之家 application (UNION_READ)")
    HonourStarRating starRating(@RequestParam int year) {
        return honours.starRating(year);
    }

    @GetMapping("/{id}")
    HonourView get(@PathVariable Long id) {
        return honours.get(id);
    }

    @PostMapping
    @Operation(summary = "Register an honour as applied (UNION_WRITE); staffId for a person, else unitId for a unit")
    ResponseEntity<HonourView> create(@RequestBody HonourForm form) {
        HonourView h = honours.create(form);
        return ResponseEntity.created(URI.create("/api/v1/union/honours/" + h.id())).body(h);
    }

    @PutMapping("/{id}")
    HonourView update(@PathVariable Long id, @RequestBody HonourForm form) {
        return honours.update(id, form);
    }

    record Step(HonourStatus status, LocalDate awardedOn, String reason, Long version) {
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Move on: RECOMMENDED, AWARDED (awardedOn optional), NOT_AWARDED, WITHDRAWN (reason); 409 out of order")
    HonourView move(@PathVariable Long id, @RequestBody Step body) {
        return honours.move(id, body.status(), body.awardedOn(), body.reason(), body.version());
    }

    @PostMapping(value = "/{id}/certificate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    HonourView upload(@PathVariable Long id, @RequestPart("file") MultipartFile file) throws IOException {
        return honours.attachCertificate(id, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/{id}/certificate")
    ResponseEntity<byte[]> certificate(@PathVariable Long id) {
        var c = honours.certificate(id).orElseThrow(() -> DomainException.notFound("honour.error.noCertificate"));
        return Downloads.file(c.getValue().getValue(), c.getValue().getKey(), c.getKey(), false);
    }
}
