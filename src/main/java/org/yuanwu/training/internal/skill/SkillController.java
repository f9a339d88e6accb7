package org.yuanwu.training.internal.skill;

import org.yuanwu.common.HospitalTime;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.common.web.Forms;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.organization.StaffView;
import org.yuanwu.training.SkillAssessmentFilter;
import org.yuanwu.training.SkillAssessmentForm;
import org.yuanwu.training.SkillAssessmentService;
import org.yuanwu.training.SkillAssessmentView;
import org.yuanwu.training.SkillComplianceRow;
import org.yuanwu.training.SkillDeduction;
import org.yuanwu.training.SkillForm;
import org.yuanwu.training.SkillItemForm;
import org.yuanwu.training.SkillItemView;
import org.yuanwu.training.SkillRequirementResult;
import org.yuanwu.training.SkillService;
import org.yuanwu.training.SkillSheetForm;
import org.yuanwu.training.SkillSheetView;
import org.yuanwu.training.SkillView;

/**
 * Skill pages: the catalogue, a skill's form and its scoring sheet editor (with past versions),
 * the assessment form for a tablet, the assessment list with export, a person's attempts, and
 * the yearly compliance of staff in standardised training.
 */
@Controller
@RequestMapping("/training/skills")
class SkillController {

    static final ZoneId ZONE = HospitalTime.ZONE;
    static final int EMPTY_ROWS = 3;
    static final int STAFF_PICKER_LIMIT = 500;

    private final SkillService skills;
    private final SkillAssessmentService assessments;
    private final StaffService staff;
    private final OrgUnitService units;
    private final MessageSource messages;

    SkillController(SkillService skills, SkillAssessmentService assessments, StaffService staff, OrgUnitService units,
                    MessageSource messages) {
        this.skills = skills;
        this.assessments = assessments;
        this.staff = staff;
        this.units = units;
        this.messages = messages;
    }

    @ModelAttribute
    void common(Model model) {
        int year = LocalDate.now(ZONE).getYear();
        model.addAttribute("years", IntStream.rangeClosed(year - 5, year).boxed().sorted((a, b) -> b - a).toList());
        model.addAttribute("thisYear", year);
    }

    // ---------------------------------------------------------------- catalogue

    @GetMapping
    String list(@RequestParam(required = false) Boolean all, Model model) {
        model.addAttribute("skills", skills.list(Boolean.TRUE.equals(all)));
        model.addAttribute("all", Boolean.TRUE.equals(all));
        model.addAttribute("mayEdit", skills.mayEdit());
        return "training/skill-list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return formPage(new SkillForm(), null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("skillForm") SkillForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                SkillView created = skills.create(form);
                redirect.addFlashAttribute("notice", "training.notice.skillCreated");
                return "redirect:/training/skills/" + created.id() + "/sheet";
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        }
        return formPage(form, null, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        SkillView skill = skills.get(id);
        return formPage(SkillForm.of(skill), skill, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("skillForm") SkillForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                skills.update(id, form);
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/training/skills/" + id + "/sheet";
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        }
        return formPage(form, skills.get(id), model);
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable Long id, @RequestParam(required = false) String reason,
                    @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            skills.withdraw(id, reason, version);
            redirect.addFlashAttribute("notice", "training.notice.skillWithdrawn");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/training/skills/" + id + "/sheet";
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            skills.reactivate(id, version);
            redirect.addFlashAttribute("notice", "training.notice.skillReactivated");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/training/skills/" + id + "/sheet";
    }

    // ---------------------------------------------------------------- scoring sheet

    @GetMapping("/{id}/sheet")
    String sheet(@PathVariable Long id, @RequestParam(required = false) Long version, Model model) {
        SkillView skill = skills.get(id);
        SkillSheetView shown = version == null ? skills.currentSheet(id) : skills.sheet(id, version);
        SkillSheetForm form = new SkillSheetForm();
        skills.currentSheet(id).items().forEach(i -> form.getItems().add(
                new SkillItemForm(i.position(), i.name(), i.maxPoints(), i.perOccurrence(), i.ruleText())));
        return sheetPage(skill, shown, form, model);
    }

    @PostMapping("/{id}/sheet")
    String saveSheet(@PathVariable Long id, @ModelAttribute("sheetForm") SkillSheetForm form, BindingResult binding,
                     Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                SkillSheetView before = skills.currentSheet(id);
                SkillSheetView saved = skills.saveSheet(id, form);
                redirect.addFlashAttribute("notice", saved.sheetVersion() != before.sheetVersion()
                        ? "training.notice.sheetNewVersion" : "training.notice.sheetSaved");
                redirect.addFlashAttribute("noticeArgs", new Object[] {saved.sheetVersion()});
                return "redirect:/training/skills/" + id + "/sheet";
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        }
        SkillView skill = skills.get(id);
        return sheetPage(skill, skills.currentSheet(id), form, model);
    }

    private String sheetPage(SkillView skill, SkillSheetView shown, SkillSheetForm form, Model model) {
        while (form.getItems().size() < shown.items().size() + EMPTY_ROWS && form.getItems().size() < 60) {
            form.getItems().add(new SkillItemForm());
        }
        if (form.getVersion() == null) {
            form.setVersion(skill.version());
        }
        model.addAttribute("skill", skill);
        model.addAttribute("shown", shown);
        model.addAttribute("sheetForm", form);
        model.addAttribute("history", skills.sheetHistory(skill.id()));
        model.addAttribute("mayEdit", skills.mayEdit());
        return "training/skill-sheet";
    }

    // ---------------------------------------------------------------- assessments

    @GetMapping("/assessments")
    String assessmentList(SkillAssessmentFilter filter, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", assessments.search(filter, PageRequests.of(page, 20, SkillAssessmentService.ORDER)));
        model.addAttribute("units", units.allVisible(false));
        model.addAttribute("skills", skills.list(true));
        return "training/skill-assessments";
    }

    @GetMapping("/assessments/export")
    ResponseEntity<byte[]> exportAssessments(SkillAssessmentFilter filter, Locale locale) {
        List<String> headers = List.of(text("training.skill.assessedOn", locale), text("training.field.unit", locale),
                text("training.skill.staff", locale), text("training.skill.skill", locale), text("training.skill.score", locale),
                text("training.skill.maxScore", locale), text("training.skill.threshold", locale),
                text("training.skill.result", locale), text("training.skill.latest", locale),
                text("training.skill.sheetVersion", locale), text("training.skill.examiner", locale));
        List<List<Object>> rows = assessments.export(filter).stream().map(a -> List.<Object>of(a.assessedOn(), a.unitName(),
                a.staffName(), a.skillName(), a.score(), a.maxScore(), a.passThreshold(),
                text(a.passed() ? "training.skill.passed" : "training.skill.failed", locale),
                text(a.latest() ? "common.yes" : "common.no", locale), a.sheetVersion(), a.examiner())).toList();
        return excel(ExcelSheet.write(text("training.skill.assessments.title", locale), headers, rows), "skill-assessments.xlsx");
    }

    @GetMapping("/assessments/new")
    String assessForm(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Long skillId,
                      @RequestParam(required = false) Long staffId, Model model) {
        return assessPage(unitId, skillId, staffId, LocalDate.now(ZONE), null, Map.of(), model);
    }

    /** Reads staffId, skillId, assessedOn, note, and per sheet item "occ-&lt;itemId&gt;" or "lost-&lt;itemId&gt;". */
    @PostMapping("/assessments")
    String assess(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        Long unitId = longOrNull(params.get("unitId"));
        Long skillId = longOrNull(params.get("skillId"));
        Long staffId = longOrNull(params.get("staffId"));
        LocalDate on = null;
        try {
            SkillAssessmentForm form = new SkillAssessmentForm();
            form.setStaffId(staffId);
            form.setSkillId(skillId);
            String date = params.get("assessedOn");
            try {
                on = date == null || date.isBlank() ? null : LocalDate.parse(date);
            } catch (java.time.format.DateTimeParseException e) {
                throw DomainException.invalid("assessedOn", "training.error.dateUnreadable");
            }
            form.setAssessedOn(on);
            form.setNote(params.get("note"));
            List<SkillDeduction> deductions = new ArrayList<>();
            for (Map.Entry<String, String> e : params.entrySet()) {
                String value = e.getValue() == null ? "" : e.getValue().strip();
                if (value.isEmpty()) {
                    continue;
                }
                try {
                    if (e.getKey().startsWith("occ-")) {
                        deductions.add(new SkillDeduction(Long.valueOf(e.getKey().substring(4)), Integer.valueOf(value), null));
                    } else if (e.getKey().startsWith("lost-")) {
                        deductions.add(new SkillDeduction(Long.valueOf(e.getKey().substring(5)), null, new BigDecimal(value)));
                    }
                } catch (NumberFormatException ex) {
                    throw DomainException.invalid("deductions", "training.error.deductionUnreadable", value);
                }
            }
            form.setDeductions(mergeByItem(deductions));
            SkillAssessmentView saved = assessments.assess(form);
            redirect.addFlashAttribute("notice", saved.passed() ? "training.notice.assessedPassed" : "training.notice.assessedFailed");
            redirect.addFlashAttribute("noticeArgs", new Object[] {saved.score().stripTrailingZeros().toPlainString()});
            return "redirect:/training/skills/assessments/" + saved.id();
        } catch (DomainException e) {
            if (e instanceof AccessDeniedProblem || e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.status() == HttpStatus.CONFLICT ? 409 : 400);
            model.addAttribute("formError", e.messageKey());
            model.addAttribute("formErrorArgs", e.args());
            model.addAttribute("formErrorField", e.field());
            return assessPage(unitId, skillId, staffId, on == null ? LocalDate.now(ZONE) : on, params.get("note"), params, model);
        }
    }

    /** Occurrences and points typed for one item arrive as two entries; the service refuses both given. */
    private static List<SkillDeduction> mergeByItem(List<SkillDeduction> list) {
        Map<Long, SkillDeduction> merged = new LinkedHashMap<>();
        for (SkillDeduction d : list) {
            merged.merge(d.itemId(), d, (a, b) -> new SkillDeduction(a.itemId(),
                    a.occurrences() != null ? a.occurrences() : b.occurrences(),
                    a.pointsLost() != null ? a.pointsLost() : b.pointsLost()));
        }
        return new ArrayList<>(merged.values());
    }

    private String assessPage(Long unitId, Long skillId, Long staffId, LocalDate on, String note, Map<String, String> typed,
                              Model model) {
        List<SkillView> active = skills.list(false);
        model.addAttribute("skills", active);
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("unitId", unitId);
        model.addAttribute("skillId", skillId);
        model.addAttribute("staffId", staffId);
        model.addAttribute("assessedOn", on);
        model.addAttribute("note", note);
        model.addAttribute("typed", typed);
        List<StaffView> people = unitId == null && staffId == null ? List.of()
                : staff.search(new StaffFilter(null, unitId, null, StaffStatus.ACTIVE, null, null),
                PageRequest.of(0, STAFF_PICKER_LIMIT, Sort.by("name", "id"))).getContent();
        if (staffId != null && people.stream().noneMatch(p -> p.id().equals(staffId))) {
            people = new ArrayList<>(people);
            people.add(0, assessments.person(staffId));
        }
        model.addAttribute("people", people);
        List<SkillItemView> sheetItems = skillId == null ? List.of() : skills.currentSheet(skillId).items();
        model.addAttribute("sheetItems", sheetItems);
        model.addAttribute("chosenSkill", skillId == null ? null : skills.get(skillId));
        return "training/skill-assess";
    }

    @GetMapping("/assessments/{id}")
    String assessment(@PathVariable Long id, Model model) {
        model.addAttribute("a", assessments.get(id));
        return "training/skill-assessment";
    }

    @PostMapping("/assessments/{id}/withdraw")
    String withdrawAssessment(@PathVariable Long id, @RequestParam(required = false) String reason,
                              @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            assessments.withdraw(id, reason, version);
            redirect.addFlashAttribute("notice", "training.notice.assessmentWithdrawn");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/training/skills/assessments/" + id;
    }

    @GetMapping("/people/{staffId}")
    String person(@PathVariable Long staffId, Model model) {
        model.addAttribute("person", assessments.person(staffId));
        model.addAttribute("attempts", assessments.ofPerson(staffId));
        return "training/skill-person";
    }

    // ---------------------------------------------------------------- compliance

    @GetMapping("/compliance")
    String compliance(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId,
                      Locale locale, Model model) {
        int y = year == null ? LocalDate.now(ZONE).getYear() : year;
        List<SkillComplianceRow> rows = assessments.compliance(y, unitId, locale);
        model.addAttribute("year", y);
        model.addAttribute("unitId", unitId);
        model.addAttribute("rows", rows);
        model.addAttribute("complete", rows.stream().filter(r -> r.missing().isEmpty()).count());
        model.addAttribute("units", units.allVisible(false));
        return "training/skill-compliance";
    }

    @GetMapping("/compliance/export")
    ResponseEntity<byte[]> exportCompliance(@RequestParam(required = false) Integer year,
                                            @RequestParam(required = false) Long unitId, Locale locale) {
        int y = year == null ? LocalDate.now(ZONE).getYear() : year;
        List<String> headers = List.of(text("training.field.unit", locale), text("training.skill.employeeNo", locale),
                text("training.skill.staff", locale), text("training.skill.required", locale),
                text("training.skill.passedCount", locale), text("training.skill.missing", locale));
        List<List<Object>> rows = assessments.compliance(y, unitId, locale).stream().map(r -> List.<Object>of(r.unitName(),
                r.employeeNo(), r.staffName(), r.required(), r.passed(), String.join("、", r.missing()))).toList();
        return excel(ExcelSheet.write(text("training.skill.compliance.title", locale), headers, rows),
                "skill-compliance-" + y + ".xlsx");
    }

    @PostMapping("/requirements")
    String publishRequirements(@RequestParam(required = false) Integer year, RedirectAttributes redirect) {
        int y = year == null ? LocalDate.now(ZONE).getYear() : year;
        try {
            SkillRequirementResult r = assessments.publishRequirements(y);
            redirect.addFlashAttribute("notice", "training.notice.requirementsPublished");
            redirect.addFlashAttribute("noticeArgs", new Object[] {r.year(), r.staffCount(), r.skillsEach()});
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/training/skills/compliance?year=" + y;
    }

    // ---------------------------------------------------------------- helpers

    private String formPage(SkillForm form, SkillView skill, Model model) {
        model.addAttribute("skillForm", form);
        model.addAttribute("skill", skill);
        model.addAttribute("formAction", skill == null ? "/training/skills" : "/training/skills/" + skill.id());
        return "training/skill-form";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static Long longOrNull(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static ResponseEntity<byte[]> excel(byte[] bytes, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ExcelSheet.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(bytes);
    }


}
