package org.yuanwu.plan.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yuanwu.plan.DutyRuleForm;
import org.yuanwu.plan.DutyRuleView;
import org.yuanwu.plan.DutyService;
import org.yuanwu.plan.DutyView;

/** Recurring duties over JSON: rules of plan items, their occurrences, my tasks, the overdue list, ticking off. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Duties", description = "Recurring duties of plan items (monthly, quarterly, half-yearly, yearly, weekly, "
        + "on each health day), their occurrences in the plan's year, and ticking them off with an evidence note")
class DutyApiController {

    private final DutyService duties;

    DutyApiController(DutyService duties) {
        this.duties = duties;
    }

    record DoneRequest(boolean done, String evidence, Long version) {
    }

    @GetMapping("/plans/{planId}/items/{itemId}/duties")
    @Operation(summary = "The recurring duty rules of a plan item (PLAN_READ)")
    List<DutyRuleView> rules(@PathVariable Long planId, @PathVariable Long itemId) {
        return duties.rules(planId, itemId);
    }

    @GetMapping("/plans/{planId}/items/{itemId}/duties/occurrences")
    @Operation(summary = "Every occurrence of the item's duties, by due date (PLAN_READ)")
    List<DutyView> occurrences(@PathVariable Long planId, @PathVariable Long itemId) {
        return duties.occurrences(planId, itemId);
    }

    @PostMapping("/plans/{planId}/items/{itemId}/duties")
    @Operation(summary = "Adds a duty rule and generates its occurrences for the plan's period (PLAN_WRITE over the plan's unit)")
    ResponseEntity<DutyRuleView> add(@PathVariable Long planId, @PathVariable Long itemId, @RequestBody DutyRuleForm form) {
        DutyRuleView created = duties.addRule(planId, itemId, form);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/items/" + itemId + "/duties/" + created.id()))
                .body(created);
    }

    @PutMapping("/plans/{planId}/items/{itemId}/duties/{ruleId}")
    @Operation(summary = "Changes a duty rule; occurrences not yet done are regenerated")
    DutyRuleView update(@PathVariable Long planId, @PathVariable Long itemId, @PathVariable Long ruleId,
                        @RequestBody DutyRuleForm form) {
        return duties.updateRule(planId, itemId, ruleId, form);
    }

    /** The body of a withdrawal: the version seen and why. */
    record WithdrawRequest(Long version, String reason) {
    }

    /** The body of a reinstatement: the version seen. */
    record VersionRequest(Long version) {
    }

    @PostMapping("/plans/{planId}/items/{itemId}/duties/{ruleId}/withdraw")
    @Operation(summary = "Withdraws a duty rule with a reason: open occurrences are removed, done ones kept (undo: reinstate)")
    DutyRuleView withdraw(@PathVariable Long planId, @PathVariable Long itemId, @PathVariable Long ruleId,
                          @RequestBody WithdrawRequest body) {
        return duties.withdrawRule(planId, itemId, ruleId, body.version(), body.reason());
    }

    @PostMapping("/plans/{planId}/items/{itemId}/duties/{ruleId}/reinstate")
    @Operation(summary = "Reinstates a withdrawn duty rule and regenerates its open occurrences")
    DutyRuleView reinstate(@PathVariable Long planId, @PathVariable Long itemId, @PathVariable Long ruleId,
                           @RequestBody VersionRequest body) {
        return duties.reinstateRule(planId, itemId, ruleId, body.version());
    }

    @GetMapping("/duties/mine")
    @Operation(summary = "Open duties of the units in your data scope: overdue, or due within 30 days")
    List<DutyView> mine() {
        return duties.mine();
    }

    @GetMapping("/duties/overdue")
    @Operation(summary = "Duties past their due date and not done, of the units in your data scope")
    List<DutyView> overdue() {
        return duties.overdue();
    }

    @PostMapping("/duties/{dutyId}/done")
    @Operation(summary = "Ticks an occurrence off with an optional evidence note, or back to not done "
            + "(PLAN_WRITE over the responsible unit; the plan must be approved or in progress)")
    DutyView done(@PathVariable Long dutyId, @RequestBody DoneRequest body) {
        return duties.markDone(dutyId, body.done(), body.evidence(), body.version());
    }
}
