package org.yuanwu.survey.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yuanwu.survey.PublicSurvey;
import org.yuanwu.survey.ResponseService;
import org.yuanwu.survey.Submission;

/** The public link and token codes over JSON, without an account (see SurveySecurityConfig). */
@RestController
@RequestMapping("/api/v1/public/surveys")
@Tag(name = "Public surveys", description = "Answer a questionnaire through a link or token code, no sign-in")
class PublicSurveyApiController {

    /** What the public sees of a saved response: only that it was received. */
    record Received(Long id) {
    }

    private final ResponseService responses;

    PublicSurveyApiController(ResponseService responses) {
        this.responses = responses;
    }

    @GetMapping("/{code}")
    @Operation(summary = "The questionnaire behind a code, its target unit and whether it can be answered now")
    PublicSurvey get(@PathVariable String code) {
        return responses.publicSurvey(code);
    }

    @PostMapping("/{code}/responses")
    @Operation(summary = "Answer through a code: 201; a used token or closed questionnaire: 409; a required question "
            + "unanswered or a bad answer: 400 naming the question; too many responses from your address: 429")
    ResponseEntity<Received> submit(@PathVariable String code, @RequestBody Submission body, HttpServletRequest request) {
        Long id = responses.submitPublic(code, body, request.getRemoteAddr()).id();
        return ResponseEntity.created(URI.create("/api/v1/public/surveys/" + code)).body(new Received(id));
    }
}
