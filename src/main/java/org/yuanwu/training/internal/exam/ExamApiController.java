package org.yuanwu.training.internal.exam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import org.yuanwu.organization.StaffView;
import org.yuanwu.training.AttemptItemView;
import org.yuanwu.training.AttemptService;
import org.yuanwu.training.AttemptView;
import org.yuanwu.training.ExamFilter;
import org.yuanwu.training.ExamForm;
import org.yuanwu.training.ExamInvitation;
import org.yuanwu.training.ExamItemStats;
import org.yuanwu.training.ExamPersonResult;
import org.yuanwu.training.ExamResultRow;
import org.yuanwu.training.ExamResultService;
import org.yuanwu.training.ExamService;
import org.yuanwu.training.ExamUnitResult;
import org.yuanwu.training.ExamView;
import org.yuanwu.training.GradingQueueItem;
import org.yuanwu.training.PaperRule;
import org.yuanwu.training.PaperView;

/** Exams, attempts, grading and results over JSON, mirroring the pages; failures become problem details. */
@RestController
@RequestMapping("/api/v1/exams")
@Tag(name = "Exams", description = "Exams with invited candidates, papers by hand or by rules, timed online attempts "
        + "with answers saved one by one, automatic and manual grading, paper-exam scores, results and item analysis")
class ExamApiController {

    static final Sort ORDER = Sort.by(Sort.Order.desc("opensAt"), Sort.Order.desc("id"));

    private final ExamService exams;
    private final AttemptService attempts;
    private final ExamResultService results;

    ExamApiController(ExamService exams, AttemptService attempts, ExamResultService results) {
        this.exams = exams;
        this.attempts = attempts;
        this.results = results;
    }

    record PaperRequest(List<Long> questionIds, List<Integer> points) {
    }

    record RulesRequest(List<PaperRule> rules) {
    }

    record VersionRequest(Long version, String reason) {
    }

    record AnswerRequest(Long questionId, List<String> response) {
    }

    record GradeRequest(Integer position, BigDecimal score) {
    }

    record ScoreRequest(Long staffId, BigDecimal score, Long attemptId, Long version) {
    }

    // ---------------------------------------------------------------- exams

    @GetMapping
    @Operation(summary = "Exams of the units in your scope and exams with candidates in it, newest first")
    PagedResponse<ExamView> list(@ParameterObject ExamFilter filter,
                                 @Parameter(description = "Page number from 0") @RequestParam(required = false) Integer page,
                                 @Parameter(description = "Page size, 1 to 200") @RequestParam(required = false) Integer size) {
        return PagedResponse.of(exams.search(filter, PageRequests.of(page, size, ORDER)));
    }

    @GetMapping("/{id}")
    ExamView get(@PathVariable Long id) {
        return exams.get(id);
    }

    @PostMapping
    @Operation(summary = "Create a DRAFT exam for a unit you manage (TRAINING_WRITE)", description = "Times are local "
            + "(Asia/Shanghai). durationMinutes for ONLINE exams (1–600); passMark in POINTS or PERCENT; maxAttempts "
            + "null = retakes until passed; assembly MANUAL or RULES (perCandidate: a different draw per candidate)",
            responses = @ApiResponse(responseCode = "201", description = "Created"))
    ResponseEntity<ExamView> create(@Valid @RequestBody ExamForm form) {
        ExamView created = exams.create(form);
        return ResponseEntity.created(URI.create("/api/v1/exams/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a DRAFT exam's settings; send the version you read")
    ExamView update(@PathVariable Long id, @Valid @RequestBody ExamForm form) {
        return exams.update(id, form);
    }

    @PutMapping("/{id}/candidates")
    @Operation(summary = "Invite: the active staff of unitId and below, narrowed to titles and levels, plus staffIds; "
            + "the resolved list is stored and replaces the previous one")
    ExamView invite(@PathVariable Long id, @RequestBody ExamInvitation invitation) {
        return exams.invite(id, invitation);
    }

    @GetMapping("/{id}/candidates")
    List<StaffView> candidates(@PathVariable Long id) {
        return exams.candidates(id);
    }

    @GetMapping("/{id}/paper")
    PaperView paper(@PathVariable Long id) {
        return exams.paper(id);
    }

    @PutMapping("/{id}/paper/questions")
    @Operation(summary = "Set a MANUAL exam's paper: latest, not withdrawn bank questions of the exam's unit, its "
            + "parents or below; points per question (default: the question's)")
    PaperView setQuestions(@PathVariable Long id, @RequestBody PaperRequest body) {
        return exams.setQuestions(id, body.questionIds(), body.points());
    }

    @PutMapping("/{id}/paper/rules")
    @Operation(summary = "Set a RULES exam's rules: count questions of category, difficulty (null: any) and type, "
            + "pointsEach; refused with 400 naming the rule the bank cannot satisfy")
    PaperView setRules(@PathVariable Long id, @RequestBody RulesRequest body) {
        return exams.setRules(id, body.rules());
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a DRAFT exam with candidates (and, online, a paper); a fixed rule paper is drawn now")
    ExamView publish(@PathVariable Long id, @RequestBody VersionRequest body) {
        return exams.publish(id, body.version());
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw an exam with a reason; its results stop counting")
    ExamView withdraw(@PathVariable Long id, @RequestBody VersionRequest body) {
        return exams.withdraw(id, body.version(), body.reason());
    }

    // ---------------------------------------------------------------- attempts

    @PostMapping("/{id}/attempts")
    @Operation(summary = "Start (or resume) your attempt: you must be invited and the exam open; retakes while not "
            + "passed and attempts are left. The deadline is start + duration, capped at the exam's close",
            responses = @ApiResponse(responseCode = "201", description = "The attempt with its paper"))
    @ResponseStatus(HttpStatus.CREATED)
    AttemptView start(@PathVariable Long id) {
        return FactRace.retry(() -> attempts.start(id));
    }

    @GetMapping("/attempts/{attemptId}")
    @Operation(summary = "An attempt with its answers (yours, or one of an exam you manage); remainingSeconds from "
            + "the server's deadline. An overdue attempt is submitted first")
    AttemptView attempt(@PathVariable Long attemptId) {
        return attempts.attempt(attemptId);
    }

    @PutMapping("/attempts/{attemptId}/answers")
    @Operation(summary = "Save one answer: response [\"B\"], [\"A\",\"C\"], [\"T\"], one entry per blank, or the text. "
            + "400 for a question not on your paper; 409 after the deadline (the attempt is then submitted with the "
            + "answers saved before) or once submitted")
    AttemptItemView answer(@PathVariable Long attemptId, @RequestBody AnswerRequest body) {
        return FactRace.retry(() -> attempts.saveAnswer(attemptId, body.questionId(), body.response()));
    }

    @PostMapping("/attempts/{attemptId}/submit")
    @Operation(summary = "Submit your attempt; objective questions are graded at once (multiple choice: all correct "
            + "options = full points, some correct and none wrong = half, any wrong = 0). 409 when already submitted "
            + "or after the deadline")
    AttemptView submit(@PathVariable Long attemptId) {
        return FactRace.retry(() -> attempts.submit(attemptId));
    }

    // ---------------------------------------------------------------- grading

    @GetMapping("/grading")
    @Operation(summary = "Short answers waiting for a score in the exams you manage (examId narrows it to one)")
    List<GradingQueueItem> gradingQueue(@RequestParam(required = false) Long examId) {
        return attempts.gradingQueue(examId);
    }

    @PostMapping("/attempts/{attemptId}/grade")
    @Operation(summary = "Score a short answer, 0 to its points (400 above); the result is final when all are scored")
    AttemptView grade(@PathVariable Long attemptId, @RequestBody GradeRequest body) {
        if (body.position() == null) {
            throw org.yuanwu.common.DomainException.invalid("position", "exam.error.positionUnknown", "");
        }
        return FactRace.retry(() -> attempts.grade(attemptId, body.position(), body.score()));
    }

    @PostMapping("/{id}/scores")
    @Operation(summary = "Enter a PAPER exam's score for an invited candidate (a new sitting, or a correction with "
            + "attemptId and version); 400 above the paper's maximum")
    AttemptView score(@PathVariable Long id, @RequestBody ScoreRequest body) {
        return FactRace.retry(() -> attempts.enterPaperScore(id, body.staffId(), body.score(), body.attemptId(), body.version()));
    }

    // ---------------------------------------------------------------- results

    @GetMapping("/{id}/results")
    @Operation(summary = "Each candidate in your scope: attempts, the counted (best graded) score, pass/fail or ABSENT")
    List<ExamResultRow> results(@PathVariable Long id) {
        return results.results(id);
    }

    @GetMapping("/{id}/results/units")
    @Operation(summary = "Invited, taken, passed and pass rate per unit")
    List<ExamUnitResult> byUnit(@PathVariable Long id) {
        return results.byUnit(id);
    }

    @GetMapping("/{id}/results/export")
    org.springframework.http.ResponseEntity<byte[]> exportResults(@PathVariable Long id) {
        return QuestionBankApiController.workbook("exam-" + id + "-results.xlsx", results.resultsWorkbook(id));
    }

    @GetMapping("/{id}/item-analysis")
    @Operation(summary = "Per question: difficulty index (mean ÷ points), full-mark share, discrimination index "
            + "(upper 27 % minus lower 27 % by total)")
    List<ExamItemStats> itemAnalysis(@PathVariable Long id) {
        return results.itemAnalysis(id);
    }

    @GetMapping("/mine")
    @Operation(summary = "Your exams: invitations, attempts, counted result and whether you may sit it now")
    List<ExamPersonResult> mine() {
        return results.mine();
    }

    @GetMapping("/people/{staffId}")
    @Operation(summary = "All exams of a person in your scope")
    List<ExamPersonResult> person(@PathVariable Long staffId) {
        return results.person(staffId);
    }
}
