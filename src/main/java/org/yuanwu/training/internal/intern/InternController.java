package org.yuanwu.training.internal.intern;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.common.web.Forms;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.StaffView;
import org.yuanwu.organization.UnitView;
import org.yuanwu.training.InternEvaluationForm;
import org.yuanwu.training.InternExitKind;
import org.yuanwu.training.InternExitScoreForm;
import org.yuanwu.training.InternFeedbackService;
import org.yuanwu.training.InternForm;
import org.yuanwu.training.InternImportReport;
import org.yuanwu.training.InternIntakeFilter;
import org.yuanwu.training.InternIntakeForm;
import org.yuanwu.training.InternIntakeService;
import org.yuanwu.training.InternIntakeView;
import org.yuanwu.training.InternMeetingForm;
import org.yuanwu.training.InternRotationForm;
import org.yuanwu.training.InternRotationService;
import org.yuanwu.training.InternRotationView;
import org.yuanwu.training.InternScheduleRequest;
import org.yuanwu.training.InternTeachingForm;
import org.yuanwu.training.InternTeachingMethod;
import org.yuanwu.training.InternTeachingService;
import org.yuanwu.training.TutorAssignment;

/**
 * The intern pages: the intake list, an intake's page (interns, schedule grid, tutors, exit scores, evaluations,
 * meeting, vote results), a ward's page (who is here this week, teaching records, missing weeks) and the tutor's
 * page (record a week, rate an intern).
 */
@Controller
@RequestMapping("/training/interns")
class InternController {

    static final Sort ORDER = Sort.by(Sort.Order.desc("startOn"), Sort.Order.desc("id"));
    static final int PAGE_SIZE = 20;

    private final InternIntakeService intakes;
    private final InternRotationService rotations;
    private final InternTeachingService teaching;
    private final InternFeedbackService feedback;
    private final OrgUnitService units;

    InternController(InternIntakeService intakes, InternRotationService rotations, InternTeachingService teaching,
                     InternFeedbackService feedback, OrgUnitService units) {
        this.intakes = intakes;
        this.rotations = rotations;
        this.teaching = teaching;
        this.feedback = feedback;
        this.units = units;
    }

    static ResponseEntity<byte[]> excel(byte[] body, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, ExcelSheet.CONTENT_TYPE)
                .body(body);
    }

    // ---------------------------------------------------------------- list and intake form

    @GetMapping
    String list(InternIntakeFilter filter, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", intakes.search(filter, PageRequests.of(page, PAGE_SIZE, ORDER)));
        return "training/interns/list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(InternIntakeFilter filter, Locale locale) {
        return excel(intakes.exportIntakes(filter, locale), "intern-intakes-" + intakes.today() + ".xlsx");
    }

    @GetMapping("/import-template")
    ResponseEntity<byte[]> template(Locale locale) {
        return excel(intakes.importTemplate(locale), "interns-template.xlsx");
    }

    @GetMapping("/new")
    String newForm(Model model) {
        InternIntakeForm form = new InternIntakeForm();
        form.setUnitId(CurrentActor.get().scopeUnitId());
        return formPage(form, null, model);
    }

    @PostMapping
    String create(@ModelAttribute("intakeForm") InternIntakeForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                InternIntakeView created = intakes.create(form);
                redirect.addFlashAttribute("notice", "intern.notice.intakeCreated");
                return "redirect:/training/interns/" + created.id();
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        } else {
            response.setStatus(400);
        }
        return formPage(form, null, model);
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable Long id, Model model) {
        InternIntakeView v = intakes.get(id);
        return formPage(InternIntakeForm.of(v), v, model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable Long id, @ModelAttribute("intakeForm") InternIntakeForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                intakes.update(id, form);
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/training/interns/" + id;
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        } else {
            response.setStatus(400);
        }
        return formPage(form, intakes.get(id), model);
    }

    private String formPage(InternIntakeForm form, InternIntakeView intake, Model model) {
        model.addAttribute("intakeForm", form);
        model.addAttribute("intake", intake);
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("formAction", intake == null ? "/training/interns" : "/training/interns/" + intake.id());
        return "training/interns/form";
    }

    @PostMapping("/{id:\\d+}/remove")
    String remove(@PathVariable Long id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            intakes.remove(id, reason, version);
            redirect.addFlashAttribute("notice", "intern.notice.intakeRemoved");
            return "redirect:/training/interns";
        } catch (DomainException e) {
            Forms.failed(e, redirect);
            return "redirect:/training/interns/" + id;
        }
    }

    // ---------------------------------------------------------------- the intake's page

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable Long id, Model model) {
        InternIntakeView intake = intakes.get(id);
        List<InternRotationView> rs = rotations.ofIntake(id);
        model.addAttribute("intake", intake);
        model.addAttribute("mayManage", intakes.mayManage(id));
        model.addAttribute("interns", intakes.interns(id));
        model.addAttribute("rotations", rs);
        model.addAttribute("grid", rotations.grid(id));
        Map<Long, List<StaffView>> candidates = new HashMap<>();
        Map<Long, Boolean> manageable = new HashMap<>();
        for (InternRotationView r : rs) {
            candidates.computeIfAbsent(r.unitId(), rotations::tutorCandidates);
            manageable.put(r.id(), rotations.mayManage(r.id()));
        }
        model.addAttribute("candidates", candidates);
        model.addAttribute("manageable", manageable);
        model.addAttribute("wards", wards());
        model.addAttribute("scores", feedback.exitScores(id));
        model.addAttribute("evaluations", feedback.evaluations(id));
        model.addAttribute("ranking", feedback.tutorRanking(id));
        model.addAttribute("votesCast", String.valueOf(feedback.votesCast(id)));
        model.addAttribute("meetings", feedback.meetings(id));
        model.addAttribute("exitKinds", InternExitKind.values());
        model.addAttribute("today", intakes.today());
        return "training/interns/detail";
    }

    private List<UnitView> wards() {
        return units.allVisible(true).stream()
                .filter(u -> u.kind() == OrgUnitKind.WARD || u.kind() == OrgUnitKind.DEPARTMENT).toList();
    }

    @GetMapping("/{id:\\d+}/interns/export")
    ResponseEntity<byte[]> exportInterns(@PathVariable Long id, Locale locale) {
        return excel(intakes.exportInterns(id, locale), "interns-" + id + ".xlsx");
    }

    @PostMapping("/{id:\\d+}/interns")
    String addIntern(@PathVariable Long id, InternForm form, RedirectAttributes redirect) {
        return act(id, redirect, "intern.notice.internAdded", () -> intakes.addIntern(id, form));
    }

    @PostMapping("/{id:\\d+}/interns/import")
    String importInterns(@PathVariable Long id, @RequestParam(required = false) MultipartFile file, Locale locale,
                         RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw DomainException.invalid("file", "intern.error.fileRequired");
            }
            InternImportReport report = intakes.importInterns(id, file.getInputStream(), locale);
            redirect.addFlashAttribute("importReport", report);
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/training/interns/" + id + "#interns";
    }

    @PostMapping("/members/{internId}/withdraw")
    String withdraw(@PathVariable Long internId, @RequestParam Long intakeId, @RequestParam(required = false) String reason,
                    @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(intakeId, redirect, "common.saved", () -> intakes.withdrawIntern(internId, reason, version));
    }

    @PostMapping("/members/{internId}/rotations")
    String addRotation(@PathVariable Long internId, @RequestParam Long intakeId, InternRotationForm form,
                       RedirectAttributes redirect) {
        return act(intakeId, redirect, "intern.notice.rotationAdded", () -> rotations.add(internId, form));
    }

    @PostMapping("/{id:\\d+}/generate")
    String generate(@PathVariable Long id, @RequestParam(required = false) List<Long> unitIds,
                    @RequestParam(required = false) Integer weeksPerWard, RedirectAttributes redirect) {
        return act(id, redirect, "intern.notice.generated",
                () -> rotations.generate(id, new InternScheduleRequest(unitIds, weeksPerWard)));
    }

    @PostMapping("/rotations/{rotationId}/tutor")
    String assignTutor(@PathVariable Long rotationId, @RequestParam Long intakeId,
                       @RequestParam(required = false) Long tutorStaffId, @RequestParam(required = false) Long version,
                       RedirectAttributes redirect) {
        return act(intakeId, redirect, "intern.notice.tutorAssigned",
                () -> rotations.assignTutor(rotationId, new TutorAssignment(tutorStaffId, version)));
    }

    @PostMapping("/rotations/{rotationId}/remove")
    String removeRotation(@PathVariable Long rotationId, @RequestParam Long intakeId,
                          @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                          RedirectAttributes redirect) {
        return act(intakeId, redirect, "common.saved", () -> rotations.remove(rotationId, reason, version));
    }

    @PostMapping("/rotations/{rotationId}")
    String updateRotation(@PathVariable Long rotationId, @RequestParam Long intakeId, InternRotationForm form,
                          RedirectAttributes redirect) {
        return act(intakeId, redirect, "common.saved", () -> rotations.update(rotationId, form));
    }

    @PostMapping("/{id:\\d+}/exit-scores")
    String exitScore(@PathVariable Long id, InternExitScoreForm form, RedirectAttributes redirect) {
        return act(id, redirect, "intern.notice.scoreRecorded", () -> feedback.recordExitScore(form));
    }

    @PostMapping("/{id:\\d+}/meetings")
    String meeting(@PathVariable Long id, InternMeetingForm form, RedirectAttributes redirect) {
        return act(id, redirect, "intern.notice.meetingRecorded", () -> feedback.recordMeeting(id, form));
    }

    private String act(Long intakeId, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/training/interns/" + intakeId;
    }

    // ---------------------------------------------------------------- a ward

    @GetMapping("/wards")
    String ward(@RequestParam(required = false) Long unitId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        List<UnitView> wards = wards();
        Long anchor = CurrentActor.get().scopeUnitId();
        Long chosen = unitId != null ? unitId
                : wards.stream().map(UnitView::id).filter(w -> w.equals(anchor)).findFirst()
                        .orElse(wards.isEmpty() ? null : wards.get(0).id());
        LocalDate day = date == null ? intakes.today() : date;
        model.addAttribute("wards", wards);
        model.addAttribute("unitId", chosen);
        model.addAttribute("date", day);
        model.addAttribute("weekStart", Weeks.monday(day));
        if (chosen != null) {
            model.addAttribute("present", rotations.atWard(chosen, day));
            model.addAttribute("records", teaching.atWard(chosen));
            model.addAttribute("gaps", teaching.gaps(chosen));
        }
        return "training/interns/ward";
    }

    // ---------------------------------------------------------------- the tutor

    @GetMapping("/teaching")
    String tutorPage(Model model) {
        if (!model.containsAttribute("teachingForm")) {
            InternTeachingForm form = new InternTeachingForm();
            form.setWeek(intakes.today());
            form.setMethod(InternTeachingMethod.LECTURE);
            model.addAttribute("teachingForm", form);
        }
        return tutorModel(model);
    }

    private String tutorModel(Model model) {
        boolean hasStaff = true;
        try {
            teaching.requireTutor();
        } catch (DomainException e) {
            hasStaff = false;
        }
        model.addAttribute("hasStaff", hasStaff);
        List<InternRotationView> mine = hasStaff ? teaching.myRotations() : List.of();
        model.addAttribute("mine", mine);
        Map<Long, String> myWards = new LinkedHashMap<>();
        mine.forEach(r -> myWards.putIfAbsent(r.unitId(), r.unitName()));
        model.addAttribute("myWards", myWards);
        model.addAttribute("records", hasStaff ? teaching.mine() : List.of());
        model.addAttribute("methods", InternTeachingMethod.values());
        model.addAttribute("today", intakes.today());
        return "training/interns/teaching";
    }

    @PostMapping("/teaching")
    String record(@ModelAttribute("teachingForm") InternTeachingForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                teaching.record(form);
                redirect.addFlashAttribute("notice", "intern.notice.teachingRecorded");
                return "redirect:/training/interns/teaching";
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        } else {
            response.setStatus(400);
        }
        return tutorModel(model);
    }

    @PostMapping("/rotations/{rotationId}/evaluation")
    String tutorRates(@PathVariable Long rotationId, InternEvaluationForm form, RedirectAttributes redirect) {
        try {
            feedback.tutorRatesIntern(rotationId, form);
            redirect.addFlashAttribute("notice", "intern.notice.evaluated");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/training/interns/teaching";
    }
}
