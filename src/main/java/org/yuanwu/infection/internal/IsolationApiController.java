package org.yuanwu.infection.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.yuanwu.infection.IsolationForm;
import org.yuanwu.infection.IsolationService;
import org.yuanwu.infection.IsolationView;

/** The isolation register over JSON. */
@RestController
@RequestMapping("/api/v1/infection/isolations")
@Tag(name = "Infection control")
class IsolationApiController {

    private final IsolationService isolations;

    IsolationApiController(IsolationService isolations) {
        this.isolations = isolations;
    }

    record VoidRequest(Long version, String reason) {
    }

    @PostMapping
    @Operation(summary = "Registers a patient with an infectious disease, isolated (precaution, dates) or not (reason)")
    ResponseEntity<IsolationView> record(@RequestBody IsolationForm form) {
        IsolationView saved = isolations.record(form);
        return ResponseEntity.created(URI.create("/api/v1/infection/isolations/" + saved.id())).body(saved);
    }

    @GetMapping
    @Operation(summary = "Entries of a unit and the units below it diagnosed between two dates, newest first")
    PagedResponse<IsolationView> search(@RequestParam Long unitId,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                        @RequestParam(defaultValue = "false") boolean withVoided,
                                        @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PagedResponse.of(isolations.search(unitId, from, to, withVoided, PageRequests.of(page, size, Sort.unsorted())));
    }

    @GetMapping("/{id}")
    IsolationView entry(@PathVariable Long id) {
        return isolations.entry(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Corrects an entry (send the version you read)")
    IsolationView update(@PathVariable Long id, @RequestBody IsolationForm form) {
        return isolations.update(id, form);
    }

    @PostMapping("/{id}/void")
    @Operation(summary = "Voids a mistaken entry with a reason; it stays in the register and stops counting")
    IsolationView voidEntry(@PathVariable Long id, @RequestBody VoidRequest body) {
        return isolations.voidEntry(id, body.version(), body.reason());
    }
}
