package org.yuanwu.party.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.party.ConductFilter;
import org.yuanwu.party.ConductForm;
import org.yuanwu.party.ConductKind;
import org.yuanwu.party.ConductService;
import org.yuanwu.party.ConductView;
import org.yuanwu.party.EvaluationForm;
import org.yuanwu.party.EvaluationItemForm;
import org.yuanwu.party.ConductEvaluationService;
import org.yuanwu.party.EvaluationView;
import org.yuanwu.party.GiftHandling;

/** The conduct pages: records with filters, export and totals; the monthly evaluation; the five-star rating. */
@Controller
@RequestMapping("/party/conduct")
class ConductController {

    private final ConductService conduct;
    private final ConductEvaluationService evaluations;
    private final OrgUnitService units;
    private final StaffService staff;

    ConductController(ConductService conduct, ConductEvaluationService evaluations, OrgUnitService units, StaffService staff) {
        this.conduct = conduct;
        this.evaluations = evaluations;
        this.units = units;
        this.staff = staff;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("conductKinds", ConductKind.values());
        model.addAttribute("handlings", GiftHandling.values());
    }

    @GetMapping
    String list(ConductFilter filter, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", conduct.search(filter, PageRequests.of(page, PartyWeb.PAGE_SIZE, PartyWeb.CONDUCT_ORDER)));
        model.addAttribute("units", units.allVisible(false));
        return "party/conduct-list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(ConductFilter filter, Locale locale) {
        return PartyWeb.excel(conduct.export(filter, locale), "conduct-" + conduct.today() + ".xlsx");
    }

    @GetMapping("/totals")
    String totals(@RequestParam(required = false) Long unitId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  Model model) {
        LocalDate today = conduct.today();
        LocalDate f = from == null ? today.withDayOfYear(1) : from;
        LocalDate t = to == null ? today : to;
        model.addAttribute("unitId", unitId);
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        model.addAttribute("totals", conduct.totals(unitId, f, t));
        model.addAttribute("units", units.allVisible(false));
        return "party/conduct-totals";
    }

    @GetMapping("/new")
    String newRecord(@RequestParam(required = false) ConductKind kind, Model model) {
        if (!CurrentActor.get().can(Permissions.PARTY_WRITE) && !CurrentActor.get().can(Permissions.CONDUCT_REPORT)) {
            throw new org.yuanwu.common.AccessDeniedProblem();
        }
        ConductForm form = new ConductForm();
        if (kind != null) {
            form.setKind(kind);
        }
        form.setOccurredOn(conduct.today());
        form.setUnitId(CurrentActor.get().scopeUnitId());
        return form(form, null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("conductForm") ConductForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        return PartyWeb.submit(binding, model, response, () -> {
            ConductView c = conduct.create(form);
            redirect.addFlashAttribute("notice", "conduct.notice.created");
            return "redirect:/party/conduct/" + c.id();
        }, () -> form(form, null, model));
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("c", conduct.get(id));
        model.addAttribute("mayWrite", conduct.mayWrite(id));
        return "party/conduct";
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable Long id, Model model) {
        if (!conduct.mayWrite(id)) {
            throw new org.yuanwu.common.AccessDeniedProblem();
        }
        ConductView c = conduct.get(id);
        return form(ConductForm.of(c), c, model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("conductForm") ConductForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return PartyWeb.submit(binding, model, response, () -> {
            conduct.update(id, form);
            redirect.addFlashAttribute("notice", "common.saved");
            return "redirect:/party/conduct/" + id;
        }, () -> form(form, conduct.get(id), model));
    }

    @PostMapping("/{id:\\d+}/withdraw")
    String withdraw(@PathVariable Long id, @RequestParam(required = false) String reason,
                    @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return PartyWeb.step(redirect, "conduct.notice.withdrawn", "/party/conduct/" + id,
                () -> conduct.withdraw(id, reason, version));
    }

    private String form(ConductForm form, ConductView c, Model model) {
        model.addAttribute("conductForm", form);
        model.addAttribute("c", c);
        model.addAttribute("formAction", c == null ? "/party/conduct" : "/party/conduct/" + c.id());
        model.addAttribute("units", units.allVisible(true));
        List<StaffView> people = CurrentActor.get().can(Permissions.STAFF_READ)
                ? staff.search(new StaffFilter(null, null, null, StaffStatus.ACTIVE, null, null),
                        PageRequests.of(0, 200, Sort.by("name"))).getContent()
                : List.of();
        model.addAttribute("staff", people);
        return "party/conduct-form";
    }

    // ---------------------------------------------------------------- evaluations and stars

    @GetMapping("/evaluations")
    String evaluations(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId,
                       Model model) {
        int y = year == null ? conduct.today().getYear() : year;
        model.addAttribute("year", String.valueOf(y));
        model.addAttribute("unitId", unitId);
        model.addAttribute("evaluations", evaluations.list(y, unitId));
        model.addAttribute("items", evaluations.items(false));
        model.addAttribute("units", units.allVisible(false));
        return "party/evaluations";
    }

    @GetMapping("/evaluations/new")
    String newEvaluation(@RequestParam(required = false) Long unitId,
                         @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
        CurrentActor.require(Permissions.PARTY_WRITE);
        EvaluationForm form = new EvaluationForm();
        form.setUnitId(unitId);
        form.setMonth(month == null ? YearMonth.from(conduct.today()) : month);
        return evaluationForm(form, model);
    }

    @GetMapping("/evaluations/{id}/edit")
    String editEvaluation(@PathVariable Long id, Model model) {
        CurrentActor.require(Permissions.PARTY_WRITE);
        EvaluationView e = evaluations.get(id);
        EvaluationForm form = new EvaluationForm();
        form.setUnitId(e.unitId());
        form.setMonth(YearMonth.parse(e.month()));
        form.setEvaluator(e.evaluator());
        form.setScores(new java.util.HashMap<>(e.scores()));
        form.setNotes(e.notes());
        form.setVersion(e.version());
        return evaluationForm(form, model);
    }

    @PostMapping("/evaluations")
    String evaluate(@Valid @ModelAttribute("evaluationForm") EvaluationForm form, BindingResult binding, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        return PartyWeb.submit(binding, model, response, () -> {
            EvaluationView e = evaluations.evaluate(form);
            redirect.addFlashAttribute("notice", "common.saved");
            return "redirect:/party/conduct/evaluations?year=" + e.month().substring(0, 4);
        }, () -> evaluationForm(form, model));
    }

    private String evaluationForm(EvaluationForm form, Model model) {
        model.addAttribute("evaluationForm", form);
        model.addAttribute("items", evaluations.items(true));
        model.addAttribute("units", units.allVisible(true));
        return "party/evaluation-form";
    }

    @PostMapping("/items")
    String addItem(@RequestParam(required = false) String name, @RequestParam(required = false) Integer maxScore,
                   RedirectAttributes redirect) {
        return PartyWeb.step(redirect, "common.saved", "/party/conduct/evaluations",
                () -> evaluations.addItem(new EvaluationItemForm(name, maxScore, true, null)));
    }

    @PostMapping("/items/{id}")
    String updateItem(@PathVariable Long id, @RequestParam(required = false) String name,
                      @RequestParam(required = false) Integer maxScore, @RequestParam(defaultValue = "false") boolean active,
                      @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return PartyWeb.step(redirect, "common.saved", "/party/conduct/evaluations",
                () -> evaluations.updateItem(id, new EvaluationItemForm(name, maxScore, active, version)));
    }

    @GetMapping("/stars")
    String stars(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? conduct.today().getYear() : year;
        model.addAttribute("year", String.valueOf(y));
        model.addAttribute("ratings", evaluations.ratings(y));
        model.addAttribute("rules", evaluations.starRules());
        model.addAttribute("months", java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
        return "party/stars";
    }

}
