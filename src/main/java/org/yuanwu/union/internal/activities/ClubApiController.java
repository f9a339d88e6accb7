package org.yuanwu.union.internal.activities;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
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
import org.yuanwu.union.ClubForm;
import org.yuanwu.union.ClubMemberView;
import org.yuanwu.union.ClubService;
import org.yuanwu.union.ClubView;

/** Clubs and their members over JSON. */
@RestController
@RequestMapping("/api/v1/union/clubs")
@Tag(name = "Union clubs", description = "Clubs (协会/俱乐部), members and leaders; closing with a reason")
class ClubApiController {

    private final ClubService clubs;

    ClubApiController(ClubService clubs) {
        this.clubs = clubs;
    }

    @GetMapping
    List<ClubView> list(@RequestParam(defaultValue = "false") boolean activeOnly) {
        return clubs.list(activeOnly);
    }

    @GetMapping("/{id}")
    ClubView get(@PathVariable Long id) {
        return clubs.get(id);
    }

    @PostMapping
    @Operation(summary = "Found a club (UNION_WRITE); names are unique")
    ResponseEntity<ClubView> create(@RequestBody ClubForm form) {
        ClubView c = clubs.create(form);
        return ResponseEntity.created(URI.create("/api/v1/union/clubs/" + c.id())).body(c);
    }

    @PutMapping("/{id}")
    ClubView update(@PathVariable Long id, @RequestBody ClubForm form) {
        return clubs.update(id, form);
    }

    record Closing(String reason, Long version) {
    }

    @PostMapping("/{id}/close")
    ClubView close(@PathVariable Long id, @RequestBody Closing body) {
        return clubs.close(id, body.reason(), body.version());
    }

    @GetMapping("/{id}/members")
    List<ClubMemberView> members(@PathVariable Long id) {
        return clubs.members(id);
    }

    record Membership(Long staffId, boolean leader, LocalDate joinedOn) {
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Add a member (joining twice is refused with 409)")
    ResponseEntity<ClubMemberView> add(@PathVariable Long id, @RequestBody Membership body) {
        return ResponseEntity.status(201).body(clubs.addMember(id, body.staffId(), body.leader(), body.joinedOn()));
    }

    record Leadership(boolean leader) {
    }

    @PostMapping("/{id}/members/{staffId}/leader")
    ResponseEntity<Void> leader(@PathVariable Long id, @PathVariable Long staffId, @RequestBody Leadership body) {
        clubs.setLeader(id, staffId, body.leader());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/members/{staffId}/leave")
    ResponseEntity<Void> leave(@PathVariable Long id, @PathVariable Long staffId) {
        clubs.removeMember(id, staffId);
        return ResponseEntity.noContent().build();
    }
}
