package org.yuanwu.organization.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.UnitForm;
import org.yuanwu.organization.UnitView;

@RestController
@RequestMapping("/api/v1/org-units")
@Tag(name = "Org units", description = "The org tree: institutions, departments, wards, clinics, schools")
class OrgUnitApiController {

    private final OrgUnitService units;

    OrgUnitApiController(OrgUnitService units) {
        this.units = units;
    }

    record MoveRequest(Long parentId, Long version) {
    }

    record DeactivateRequest(String reason, Long version) {
    }

    record VersionRequest(Long version) {
    }

    @GetMapping
    @Operation(summary = "Top units you can see; with q, units whose name or code contains it")
    List<UnitView> list(@RequestParam(required = false) String q) {
        return q == null || q.isBlank() ? units.roots() : units.search(q, 200);
    }

    @GetMapping("/{id}")
    UnitView get(@PathVariable Long id) {
        return units.get(id);
    }

    @GetMapping("/{id}/children")
    List<UnitView> children(@PathVariable Long id) {
        return units.children(id);
    }

    @PostMapping
    ResponseEntity<UnitView> create(@Valid @RequestBody UnitForm form) {
        UnitView created = units.create(form);
        return ResponseEntity.created(URI.create("/api/v1/org-units/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename or change attributes; send the version you read")
    UnitView update(@PathVariable Long id, @Valid @RequestBody UnitForm form) {
        return units.update(id, form);
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "Move the unit and its subtree under another parent")
    UnitView move(@PathVariable Long id, @RequestBody MoveRequest body) {
        return units.move(id, body.parentId(), body.version());
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivate with a reason (units with history are never deleted)")
    UnitView deactivate(@PathVariable Long id, @RequestBody DeactivateRequest body) {
        return units.deactivate(id, body.reason(), body.version());
    }

    @PostMapping("/{id}/reactivate")
    UnitView reactivate(@PathVariable Long id, @RequestBody VersionRequest body) {
        return units.reactivate(id, body.version());
    }
}
