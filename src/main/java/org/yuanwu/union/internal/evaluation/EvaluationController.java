package org.yuanwu.union.internal.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.Permissions;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.union.CongressService;
import org.yuanwu.union.EvaluationService;
import org.yuanwu.union.EvaluationViews;
import org.yuanwu.union.internal.congress.UnionPages;

/** The democratic evaluation pages: rounds, candidates, the anonymous ballot, results after closing. */
@Controller
@RequestMapping("/union/evaluations")
class EvaluationController {

    private final EvaluationService evaluations;
    private final CongressService congress;
    private final OrgUnitService units;
    private final StaffService staff;

    EvaluationController(EvaluationService evaluations, CongressService congress, OrgUnitService units, StaffService staff) {
        this.evaluations = evaluations;
        this.congress = congress;
        this.units = units;
        this.staff = staff;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rounds", evaluations.rounds());
        if (CurrentActor.get().can(Permissions.UNION_WRITE)) {
            model.addAttribute("units", units.allVisible(true));
            model.addAttribute("terms", congress.terms());
        }
        model.addAttribute("electorates", EvaluationViews.Electorate.values());
        model.addAttribute("defaultFlagPercent", evaluations.defaultFlagPercent());
        return "union/evaluation/list";
    }

    @PostMapping
    String create(@RequestParam(required = false) Long hospitalUnitId, @RequestParam(required = false) String title,
                  @RequestParam(required = false) EvaluationViews.Electorate electorate,
                  @RequestParam(required = false) Long termId, @RequestParam(required = false) List<Long> unitIds,
                  @RequestParam(required = false) Integer flagPercent, RedirectAttributes redirect) {
        return UnionPages.stepTo(redirect, "evaluation.notice.created", () -> "/union/evaluations/"
                + evaluations.create(new EvaluationViews.RoundForm(hospitalUnitId, title, electorate, termId, unitIds,
                flagPercent)).id(), "/union/evaluations");
    }

    @GetMapping("/{id}")
    String round(@PathVariable Long id, Model model) {
        EvaluationViews.Round r = evaluations.round(id);
        model.addAttribute("r", r);
        model.addAttribute("candidates", evaluations.candidates(id));
        model.addAttribute("me", evaluations.myBallot(id));
        model.addAttribute("grades", EvaluationViews.Grade.values());
        boolean mayReadResults = CurrentActor.get().can(Permissions.UNION_READ);
        if (mayReadResults && r.status() == EvaluationViews.Status.CLOSED) {
            model.addAttribute("results", evaluations.results(id));
        }
        if (CurrentActor.get().can(Permissions.UNION_WRITE) && CurrentActor.get().can(Permissions.STAFF_READ)
                && r.status() == EvaluationViews.Status.DRAFT) {
            model.addAttribute("people", staff.search(new StaffFilter(null, r.hospitalUnitId(), null, StaffStatus.ACTIVE,
                    null, null), PageRequest.of(0, 1000, Sort.by("employeeNo"))).getContent());
        }
        return "union/evaluation/round";
    }

    @PostMapping("/{id}/candidates")
    String addCandidate(@PathVariable Long id, @RequestParam(required = false) Long staffId,
                        @RequestParam(required = false) String post, RedirectAttributes redirect) {
        return UnionPages.step("/union/evaluations/" + id, redirect, "evaluation.notice.candidateAdded",
                () -> evaluations.addCandidate(id, new EvaluationViews.CandidateForm(staffId, post)));
    }

    @PostMapping("/{id}/open")
    String open(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return UnionPages.step("/union/evaluations/" + id, redirect, "evaluation.notice.opened", () -> evaluations.open(id, version));
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return UnionPages.step("/union/evaluations/" + id, redirect, "evaluation.notice.closed", () -> evaluations.close(id, version));
    }

    /** The ballot arrives as grade_{candidateId}=GRADE fields. */
    @PostMapping("/{id}/ballots")
    String cast(@PathVariable Long id, @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
        Map<Long, EvaluationViews.Grade> grades = new java.util.HashMap<>();
        fields.forEach((k, v) -> {
            if (k.startsWith("grade_") && v != null && !v.isBlank()) {
                try {
                    grades.put(Long.valueOf(k.substring(6)), EvaluationViews.Grade.valueOf(v));
                } catch (IllegalArgumentException ignored) {
                    // an unknown grade is left out and reported as missing
                }
            }
        });
        return UnionPages.step("/union/evaluations/" + id, redirect, "evaluation.notice.cast",
                () -> evaluations.cast(id, new EvaluationViews.BallotForm(grades)));
    }
}
