package org.yuanwu.training.internal.intern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yuanwu.training.InternCodeView;
import org.yuanwu.training.InternEvaluationForm;
import org.yuanwu.training.InternEvaluationView;
import org.yuanwu.training.InternFeedbackService;

/** What an intern does with her personal code, without an account: rate her tutors and vote for the best one. */
@RestController
@RequestMapping("/api/v1/training/interns/by-code/{code}")
@Tag(name = "Interns (by personal code)", description = "Open without sign-in: the intern's code is the key")
class InternCodeApiController {

    record Ballot(Long tutorStaffId) {
    }

    private final InternFeedbackService feedback;

    InternCodeApiController(InternFeedbackService feedback) {
        this.feedback = feedback;
    }

    @GetMapping
    @Operation(summary = "Her rotations, those she may rate now, and the tutors she may vote for")
    InternCodeView mine(@PathVariable String code) {
        return feedback.byCodeView(code);
    }

    @PostMapping("/evaluations/{rotationId}")
    @Operation(summary = "Rate the tutor of one of her rotations (five items 1–5 and a comment), once")
    ResponseEntity<InternEvaluationView> rate(@PathVariable String code, @PathVariable Long rotationId,
                                              @RequestBody InternEvaluationForm form) {
        return ResponseEntity.status(201).body(feedback.internRatesTutor(code, rotationId, form));
    }

    @PostMapping("/vote")
    @Operation(summary = "Vote once for the best tutor among those she had, until the intake's closing day")
    ResponseEntity<Void> vote(@PathVariable String code, @RequestBody Ballot ballot) {
        feedback.vote(code, ballot == null ? null : ballot.tutorStaffId());
        return ResponseEntity.noContent().build();
    }
}
