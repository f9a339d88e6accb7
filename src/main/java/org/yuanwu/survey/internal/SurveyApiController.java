package org.yuanwu.survey.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.common.web.PagedResponse;
import org.yuanwu.survey.LinkView;
import org.yuanwu.survey.QuestionForm;
import org.yuanwu.survey.QuestionView;
import org.yuanwu.survey.QuestionnaireForm;
import org.yuanwu.survey.QuestionnaireView;
import org.yuanwu.survey.ResponseService;
import org.yuanwu.survey.ResponseView;
import org.yuanwu.survey.Submission;
import org.yuanwu.survey.SurveyFilter;
import org.yuanwu.survey.SurveyResultService;
import org.yuanwu.survey.SurveyResults;
import org.yuanwu.survey.SurveyService;
import org.yuanwu.survey.TokenView;

/** Questionnaires over JSON, mirroring the pages; failures become problem details (ApiExceptionHandler). */
@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Surveys", description = "Questionnaires (patient satisfaction, staff evaluation, health knowledge): "
        + "design, lifecycle, public links and single-use tokens per target unit, staff answers, results and exports")
class SurveyApiController {

    private final SurveyService surveys;
    private final ResponseService responses;
    private final SurveyResultService results;

    SurveyApiController(SurveyService surveys, ResponseService responses, SurveyResultService results) {
        this.surveys = surveys;
        this.responses = responses;
        this.results = results;
    }

    @Schema(description = "The questionnaire version you read")
    record VersionRequest(Long version) {
    }

    @Schema(description = "A target unit (the ward the answers are about)")
    record LinkRequest(Long unitId) {
    }

    record LinkActiveRequest(boolean active) {
    }

    @Schema(description = "How many single-use tokens (1–500) for which target unit")
    record TokenRequest(Long unitId, Integer count) {
    }

    record MoveRequest(int delta) {
    }

    record WithdrawRequest(String reason, Long version) {
    }

    @GetMapping
    @Operation(summary = "Questionnaires owned by units in your data scope and hospital-wide ones, newest first")
    PagedResponse<QuestionnaireView> list(@ParameterObject SurveyFilter filter,
                                          @Parameter(description = "Page number from 0") @RequestParam(required = false) Integer page,
                                          @Parameter(description = "Page size, 1 to 200 (default 20)") @RequestParam(required = false) Integer size) {
        return PagedResponse.of(surveys.search(filter, PageRequests.of(page, size, SurveyController.ORDER)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A questionnaire with its questions in order")
    QuestionnaireView get(@PathVariable Long id) {
        return surveys.get(id);
    }

    @PostMapping
    @Operation(summary = "Create a DRAFT questionnaire owned by a unit in your scope (needs SURVEY_WRITE)",
            responses = @ApiResponse(responseCode = "201", description = "Created; Location names it"))
    ResponseEntity<QuestionnaireView> create(@Valid @RequestBody QuestionnaireForm form) {
        QuestionnaireView created = surveys.create(form);
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a DRAFT; the body's version must be the stored one, else 409")
    QuestionnaireView update(@PathVariable Long id, @Valid @RequestBody QuestionnaireForm form) {
        return surveys.update(id, form);
    }

    @PostMapping("/{id}/questions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a question to a DRAFT (an open questionnaire's questions are locked: 409). A rating "
            + "without satisfiedThreshold gets 4 (4 and 5 count as satisfied)")
    QuestionView addQuestion(@PathVariable Long id, @RequestBody QuestionForm form) {
        return surveys.addQuestion(id, form);
    }

    @PutMapping("/{id}/questions/{questionId}")
    QuestionView updateQuestion(@PathVariable Long id, @PathVariable Long questionId, @RequestBody QuestionForm form) {
        return surveys.updateQuestion(id, questionId, form);
    }

    @DeleteMapping("/{id}/questions/{questionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a question from a DRAFT (a draft has no answers)")
    void removeQuestion(@PathVariable Long id, @PathVariable Long questionId) {
        surveys.removeQuestion(id, questionId);
    }

    @PostMapping("/{id}/questions/{questionId}/move")
    @Operation(summary = "Move a question of a DRAFT one place up (delta -1) or down (+1)")
    QuestionnaireView moveQuestion(@PathVariable Long id, @PathVariable Long questionId, @RequestBody MoveRequest body) {
        surveys.moveQuestion(id, questionId, body.delta());
        return surveys.get(id);
    }

    @PostMapping("/{id}/open")
    @Operation(summary = "Open a DRAFT (needs a question) or reopen a CLOSED questionnaire")
    QuestionnaireView open(@PathVariable Long id, @RequestBody VersionRequest body) {
        return surveys.open(id, body.version());
    }

    @PostMapping("/{id}/close")
    QuestionnaireView close(@PathVariable Long id, @RequestBody VersionRequest body) {
        return surveys.close(id, body.version());
    }

    @GetMapping("/{id}/links")
    @Operation(summary = "Public links (/s/{code}) for the target units in your scope, with their response counts")
    List<LinkView> links(@PathVariable Long id) {
        return surveys.links(id);
    }

    @PostMapping("/{id}/links")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The public link for a target unit (one per unit; asking again returns it)")
    LinkView createLink(@PathVariable Long id, @RequestBody LinkRequest body) {
        return surveys.createLink(id, body.unitId());
    }

    @PostMapping("/{id}/links/{linkId}/active")
    LinkView linkActive(@PathVariable Long id, @PathVariable Long linkId, @RequestBody LinkActiveRequest body) {
        return surveys.setLinkActive(id, linkId, body.active());
    }

    @PostMapping("/{id}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Generate a batch of single-use tokens for a target unit; each answers once")
    List<TokenView> generateTokens(@PathVariable Long id, @RequestBody TokenRequest body) {
        return surveys.generateTokens(id, body.unitId(), body.count() == null ? 0 : body.count());
    }

    @GetMapping("/{id}/tokens")
    List<TokenView> tokens(@PathVariable Long id, @RequestParam(required = false) String batch) {
        return surveys.tokens(id, batch);
    }

    @PostMapping("/{id}/responses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Answer a STAFF questionnaire as yourself, once (a second answer: 409; a required "
            + "question unanswered: 400 naming it)")
    ResponseView answer(@PathVariable Long id, @RequestBody Submission body) {
        return responses.submitAsStaff(id, body);
    }

    @GetMapping("/{id}/responses")
    @Operation(summary = "Responses for target units in your scope, newest first")
    PagedResponse<ResponseView> responses(@PathVariable Long id, @RequestParam(required = false) Long unitId,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                          @RequestParam(defaultValue = "false") boolean includeWithdrawn,
                                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PagedResponse.of(responses.responses(id, unitId, from, to, includeWithdrawn,
                PageRequests.of(page, size, SurveyController.RESPONSE_ORDER)));
    }

    @PostMapping("/{id}/responses/{responseId}/withdraw")
    @Operation(summary = "Withdraw a response with a reason: it leaves the results and the indicators, stays on record")
    ResponseView withdraw(@PathVariable Long id, @PathVariable Long responseId, @RequestBody WithdrawRequest body) {
        return responses.withdraw(responseId, body.reason(), body.version());
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "Response count, per-question distribution, satisfaction (satisfied / rated × 100) and free "
            + "texts for a unit subtree (default: all in your scope) and a period")
    SurveyResults results(@PathVariable Long id, @RequestParam(required = false) Long unitId,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return results.results(id, unitId, from, to);
    }

    @GetMapping("/{id}/results/responses.xlsx")
    ResponseEntity<byte[]> exportResponses(@PathVariable Long id, @RequestParam(required = false) Long unitId,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale) {
        return SurveyController.excel(results.exportResponses(id, unitId, from, to, locale), "survey-" + id + "-responses.xlsx");
    }

    @GetMapping("/{id}/results/summary.xlsx")
    ResponseEntity<byte[]> exportSummary(@PathVariable Long id, @RequestParam(required = false) Long unitId,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale) {
        return SurveyController.excel(results.exportSummary(id, unitId, from, to, locale), "survey-" + id + "-summary.xlsx");
    }
}
