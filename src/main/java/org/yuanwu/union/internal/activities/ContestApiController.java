package org.yuanwu.union.internal.activities;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yuanwu.union.ContestForm;
import org.yuanwu.union.ContestScoreInput;
import org.yuanwu.union.ContestService;
import org.yuanwu.union.ContestStanding;
import org.yuanwu.union.ContestView;

/** Contests over JSON. */
@RestController
@RequestMapping("/api/v1/union/contests")
@Tag(name = "Union contests", description = "Skill contests: entrants, judges' points per round, ranking (judges' mean "
        + "per round, summed; equal totals share a rank, the next is skipped: 1, 2, 2, 4) and prizes for every rank up to "
        + "the prize count (a tie at the last place widens the prize list)")
class ContestApiController {

    private final ContestService contests;

    ContestApiController(ContestService contests) {
        this.contests = contests;
    }

    @GetMapping
    List<ContestView> list() {
        return contests.list();
    }

    @GetMapping("/{id}")
    ContestView get(@PathVariable Long id) {
        return contests.get(id);
    }

    @PostMapping
    @Operation(summary = "Create a contest (UNION_WRITE over the organising unit): rounds 1–10, prizeCount = top N")
    ResponseEntity<ContestView> create(@RequestBody ContestForm form) {
        ContestView c = contests.create(form);
        return ResponseEntity.created(URI.create("/api/v1/union/contests/" + c.id())).body(c);
    }

    record Entry(Long staffId) {
    }

    @PostMapping("/{id}/entrants")
    ResponseEntity<Void> enter(@PathVariable Long id, @RequestBody Entry body) {
        contests.addEntrant(id, body.staffId());
        return ResponseEntity.status(201).build();
    }

    @PostMapping("/{id}/scores")
    @Operation(summary = "One judge's points (0–100) for an entrant in a round; entering it again corrects it")
    ResponseEntity<Void> score(@PathVariable Long id, @RequestBody ContestScoreInput body) {
        contests.score(id, body);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/standings")
    List<ContestStanding> standings(@PathVariable Long id) {
        return contests.standings(id);
    }

    record Finish(Long version) {
    }

    @PostMapping("/{id}/finish")
    ContestView finish(@PathVariable Long id, @RequestBody Finish body) {
        return contests.finish(id, body.version());
    }
}
