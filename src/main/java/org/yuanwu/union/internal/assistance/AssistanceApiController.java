package org.yuanwu.union.internal.assistance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yuanwu.union.AssistanceService;
import org.yuanwu.union.AssistanceSteps;
import org.yuanwu.union.AssistanceType;
import org.yuanwu.union.AssistanceViews;
import org.yuanwu.union.VisitStatus;

/** Assistance and welfare over JSON, mirroring the pages. */
@RestController
@RequestMapping("/api/v1/union/assistance")
@Tag(name = "Union assistance and welfare", description = "Assistance types and standard amounts, cases paid from the "
        + "fund, hospital visits (opened by a hospitalisation report, closed by the visit), hardship files with "
        + "yearly review, holiday welfare with the signed-for list, retiree care")
class AssistanceApiController {

    private final AssistanceService assistance;

    AssistanceApiController(AssistanceService assistance) {
        this.assistance = assistance;
    }

    @GetMapping("/types")
    List<AssistanceViews.TypeView> types() {
        return assistance.types();
    }

    @PutMapping("/types/{code}")
    @Operation(summary = "Set a type's standard amount (UNION_WRITE)")
    AssistanceViews.TypeView setType(@PathVariable AssistanceType code, @RequestBody AssistanceSteps.TypeAmount body) {
        return assistance.setStandardAmount(code, body);
    }

    @GetMapping("/cases")
    List<AssistanceViews.CaseView> cases() {
        return assistance.cases();
    }

    @PostMapping("/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a case; it requests a fund expense that is approved and paid in the ledger")
    AssistanceViews.CaseView apply(@RequestBody AssistanceSteps.CaseApplication body) {
        return assistance.apply(body);
    }

    @GetMapping("/visits")
    List<AssistanceViews.VisitView> visits(@RequestParam(required = false) VisitStatus status) {
        return assistance.visits(status);
    }

    @PostMapping("/hospitalisations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report a member in hospital: opens a visit task (one open task per member)")
    AssistanceViews.VisitView report(@RequestBody AssistanceSteps.Hospitalisation body) {
        return assistance.reportHospitalisation(body);
    }

    @PostMapping("/visits/{id}/visit")
    @Operation(summary = "Record the visit: closes the task and counts a union.visits fact")
    AssistanceViews.VisitView visit(@PathVariable Long id, @RequestBody AssistanceSteps.Visit body) {
        return assistance.recordVisit(id, body);
    }

    @GetMapping("/hardship")
    List<AssistanceViews.HardshipView> hardship() {
        return assistance.hardshipFiles();
    }

    @PostMapping("/hardship")
    @ResponseStatus(HttpStatus.CREATED)
    AssistanceViews.HardshipView openHardship(@RequestBody AssistanceSteps.HardshipOpening body) {
        return assistance.openHardshipFile(body);
    }

    @PostMapping("/hardship/{id}/review")
    @Operation(summary = "The yearly review (once per year): continue or close")
    AssistanceViews.HardshipView review(@PathVariable Long id, @RequestBody AssistanceSteps.HardshipReviewing body) {
        return assistance.reviewHardshipFile(id, body);
    }

    @GetMapping("/welfare")
    List<AssistanceViews.WelfareView> welfare() {
        return assistance.welfareDistributions();
    }

    @GetMapping("/welfare/{id}")
    AssistanceViews.WelfareView welfare(@PathVariable Long id) {
        return assistance.welfareDistribution(id);
    }

    @PostMapping("/welfare")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a holiday distribution; every active member (of the unit, or your scope) is listed to sign")
    AssistanceViews.WelfareView distribute(@RequestBody AssistanceSteps.WelfarePlan body) {
        return assistance.distributeWelfare(body);
    }

    @PostMapping("/welfare/{id}/recipients/{recipientId}/signature")
    AssistanceViews.WelfareView sign(@PathVariable Long id, @PathVariable Long recipientId) {
        return assistance.sign(id, recipientId);
    }

    @GetMapping("/retirees")
    List<AssistanceViews.RetireeCareView> retirees() {
        return assistance.retireeCare();
    }

    @PostMapping("/retirees")
    @ResponseStatus(HttpStatus.CREATED)
    AssistanceViews.RetireeCareView care(@RequestBody AssistanceSteps.RetireeCareEntry body) {
        return assistance.recordRetireeCare(body);
    }
}
