package org.yuanwu.union.internal.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yuanwu.union.EvaluationService;
import org.yuanwu.union.EvaluationViews;

/** Democratic evaluation over the API: rounds, candidates, anonymous ballots, results after closing. */
@RestController
@RequestMapping(path = "/api/v1/union/evaluations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Union: democratic evaluation")
class EvaluationApiController {

    private final EvaluationService evaluations;

    EvaluationApiController(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping
    List<EvaluationViews.Round> rounds() {
        return evaluations.rounds();
    }

    @PostMapping
    @Operation(summary = "Create a round (UNION_WRITE): electorate DELEGATES of a term or STAFF of units; flagPercent defaults to 30")
    ResponseEntity<EvaluationViews.Round> create(@RequestBody EvaluationViews.RoundForm form) {
        EvaluationViews.Round r = evaluations.create(form);
        return ResponseEntity.created(URI.create("/api/v1/union/evaluations/" + r.id())).body(r);
    }

    @GetMapping("/{id}")
    EvaluationViews.Round round(@PathVariable Long id) {
        return evaluations.round(id);
    }

    @GetMapping("/{id}/candidates")
    List<EvaluationViews.Candidate> candidates(@PathVariable Long id) {
        return evaluations.candidates(id);
    }

    @PostMapping("/{id}/candidates")
    ResponseEntity<EvaluationViews.Candidate> addCandidate(@PathVariable Long id, @RequestBody EvaluationViews.CandidateForm form) {
        return ResponseEntity.status(201).body(evaluations.addCandidate(id, form));
    }

    @PostMapping("/{id}/open")
    EvaluationViews.Round open(@PathVariable Long id, @RequestParam Long version) {
        return evaluations.open(id, version);
    }

    @PostMapping("/{id}/close")
    EvaluationViews.Round close(@PathVariable Long id, @RequestParam Long version) {
        return evaluations.close(id, version);
    }

    @GetMapping("/{id}/my-ballot")
    @Operation(summary = "Whether the caller may vote in the round and whether she has")
    EvaluationViews.MyBallot myBallot(@PathVariable Long id) {
        return evaluations.myBallot(id);
    }

    @PostMapping("/{id}/ballots")
    @Operation(summary = "Cast an anonymous ballot: a grade for every candidate; once per person")
    ResponseEntity<Void> cast(@PathVariable Long id, @RequestBody EvaluationViews.BallotForm form) {
        evaluations.cast(id, form);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "Results per person with the share of each grade and the flag (UNION_READ, after closing)")
    List<EvaluationViews.Result> results(@PathVariable Long id) {
        return evaluations.results(id);
    }
}
