package org.yuanwu.training.internal.skill;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
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
import org.yuanwu.training.SkillAssessmentFilter;
import org.yuanwu.training.SkillAssessmentForm;
import org.yuanwu.training.SkillAssessmentService;
import org.yuanwu.training.SkillAssessmentView;
import org.yuanwu.training.SkillComplianceRow;
import org.yuanwu.training.SkillForm;
import org.yuanwu.training.SkillRequirementResult;
import org.yuanwu.training.SkillService;
import org.yuanwu.training.SkillSheetForm;
import org.yuanwu.training.SkillSheetView;
import org.yuanwu.training.SkillView;

/** Skills, scoring sheets, assessments, the yearly requirement and compliance over JSON, mirroring the pages. */
@RestController
@RequestMapping("/api/v1/training")
@Tag(name = "Training skills", description = "The basic-skill catalogue with versioned scoring sheets, skill "
        + "assessments (every attempt kept, the latest counts), the yearly requirement for staff in standardised "
        + "training (nurse level N0) and who still misses which skills")
class SkillApiController {

    private final SkillService skills;
    private final SkillAssessmentService assessments;

    SkillApiController(SkillService skills, SkillAssessmentService assessments) {
        this.skills = skills;
        this.assessments = assessments;
    }

    @Schema(description = "A withdrawal: the reason (required) and the version you read")
    record ReasonRequest(String reason, Long version) {
    }

    record VersionRequest(Long version) {
    }

    @GetMapping("/skills")
    @Operation(summary = "The skill catalogue in its order, with each skill's current sheet version and maximum")
    List<SkillView> skills(@Parameter(description = "Include withdrawn skills") @RequestParam(required = false) Boolean all) {
        return skills.list(Boolean.TRUE.equals(all));
    }

    @GetMapping("/skills/{id}")
    SkillView skill(@PathVariable Long id) {
        return skills.get(id);
    }

    @PostMapping("/skills")
    @Operation(summary = "Add a skill (TRAINING_WRITE with a scope wider than one unit); it starts with a general "
            + "100-point sheet to edit", responses = @ApiResponse(responseCode = "201", description = "Created"))
    ResponseEntity<SkillView> createSkill(@Valid @RequestBody SkillForm form) {
        SkillView created = skills.create(form);
        return ResponseEntity.created(URI.create("/api/v1/training/skills/" + created.id())).body(created);
    }

    @PutMapping("/skills/{id}")
    @Operation(summary = "Edit a skill's code, names and pass mark; send the version you read")
    SkillView updateSkill(@PathVariable Long id, @Valid @RequestBody SkillForm form) {
        return skills.update(id, form);
    }

    @PostMapping("/skills/{id}/withdraw")
    @Operation(summary = "Withdraw a skill from the catalogue (and from future requirements) with a reason")
    SkillView withdrawSkill(@PathVariable Long id, @RequestBody ReasonRequest body) {
        return skills.withdraw(id, body.reason(), body.version());
    }

    @PostMapping("/skills/{id}/reactivate")
    SkillView reactivateSkill(@PathVariable Long id, @RequestBody VersionRequest body) {
        return skills.reactivate(id, body.version());
    }

    @GetMapping("/skills/{id}/sheet")
    @Operation(summary = "The current scoring sheet: items with maximum points and per-occurrence deductions")
    SkillSheetView sheet(@PathVariable Long id) {
        return skills.currentSheet(id);
    }

    @GetMapping("/skills/{id}/sheets")
    @Operation(summary = "Every version of the skill's sheet, newest first")
    List<SkillSheetView> sheets(@PathVariable Long id) {
        return skills.sheetHistory(id);
    }

    @PutMapping("/skills/{id}/sheet")
    @Operation(summary = "Replace the sheet's items (in the order of their position)",
            description = "version is the skill's version. A sheet nobody was assessed on is changed in place; "
                    + "otherwise a new version becomes current and past assessments keep the one they were scored on.")
    SkillSheetView saveSheet(@PathVariable Long id, @RequestBody SkillSheetForm form) {
        return skills.saveSheet(id, form);
    }

    // ---------------------------------------------------------------- assessments

    @GetMapping("/skill-assessments")
    @Operation(summary = "Assessments in your data scope, newest first, filtered by unit (with those below), skill, "
            + "passed, year or staff member")
    PagedResponse<SkillAssessmentView> assessments(@ParameterObject SkillAssessmentFilter filter,
                                                   @RequestParam(required = false) Integer page,
                                                   @RequestParam(required = false) Integer size) {
        return PagedResponse.of(assessments.search(filter, PageRequests.of(page, size, SkillAssessmentService.ORDER)));
    }

    @GetMapping("/skill-assessments/{id}")
    SkillAssessmentView assessment(@PathVariable Long id) {
        return assessments.get(id);
    }

    @PostMapping("/skill-assessments")
    @Operation(summary = "Score a staff member in your scope on a skill's current sheet",
            description = "Per item give occurrences (each costs the item's per-occurrence points, capped at its maximum) "
                    + "or pointsLost (not above the maximum). Unknown items and deductions above an item's maximum are "
                    + "refused with 400. Publishes training.skill_passed for the latest attempt of the person, skill and year.",
            responses = @ApiResponse(responseCode = "201", description = "Scored"))
    ResponseEntity<SkillAssessmentView> assess(@RequestBody SkillAssessmentForm form) {
        SkillAssessmentView saved = assessments.assess(form);
        return ResponseEntity.created(URI.create("/api/v1/training/skill-assessments/" + saved.id())).body(saved);
    }

    @PostMapping("/skill-assessments/{id}/withdraw")
    @Operation(summary = "Withdraw an attempt entered in error, with a reason; the previous attempt counts again")
    SkillAssessmentView withdraw(@PathVariable Long id, @RequestBody ReasonRequest body) {
        return assessments.withdraw(id, body.reason(), body.version());
    }

    @GetMapping("/skill-assessments/people/{staffId}")
    @Operation(summary = "Every attempt of one staff member, newest first")
    List<SkillAssessmentView> ofPerson(@PathVariable Long staffId) {
        return assessments.ofPerson(staffId);
    }

    @PostMapping("/skill-requirements/{year}")
    @Operation(summary = "Publish the year's requirement for staff in standardised training (nurse level N0) in your "
            + "scope: training.skill_required = number of active skills, at their unit on 1 January")
    SkillRequirementResult publishRequirements(@PathVariable int year) {
        return assessments.publishRequirements(year);
    }

    @GetMapping("/skill-compliance/{year}")
    @Operation(summary = "Per person in standardised training (in your scope, optionally under unitId): the active "
            + "skills not yet passed in the year (latest attempt counts)")
    List<SkillComplianceRow> compliance(@PathVariable int year, @RequestParam(required = false) Long unitId, Locale locale) {
        return assessments.compliance(year, unitId, locale);
    }
}
