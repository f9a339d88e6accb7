package org.yuanwu.training.internal.course;

import org.yuanwu.common.HospitalTime;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.common.web.Forms;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.organization.StaffFilter;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffStatus;
import org.yuanwu.training.CourseCategory;
import org.yuanwu.training.CourseFilter;
import org.yuanwu.training.CourseForm;
import org.yuanwu.training.CourseService;
import org.yuanwu.training.CourseView;
import org.yuanwu.training.SessionForm;
import org.yuanwu.training.SessionService;
import org.yuanwu.training.SessionView;

/** The course pages: the catalogue with filters and export, the course form, the course page with its sessions. */
@Controller
@RequestMapping("/training/courses")
class CourseController {

    static final int PAGE_SIZE = 20;
    static final ZoneId ZONE = HospitalTime.ZONE;

    static final int LECTURER_CHOICES = 500;

    private final CourseService courses;
    private final SessionService sessions;
    private final OrgUnitService units;
    private final StaffService staff;
    private final MessageSource messages;

    CourseController(CourseService courses, SessionService sessions, OrgUnitService units, StaffService staff,
                     MessageSource messages) {
        this.courses = courses;
        this.sessions = sessions;
        this.units = units;
        this.staff = staff;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("categories", CourseCategory.values());
    }

    @GetMapping
    String list(CourseFilter filter, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", courses.search(filter, PageRequests.of(page, PAGE_SIZE, CourseService.ORDER)));
        model.addAttribute("units", units.allVisible(false));
        return "training/course-list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(CourseFilter filter, Locale locale) {
        List<String> headers = List.of(text("training.field.topic", locale), text("training.field.category", locale),
                text("training.field.creditHours", locale), text("training.field.unit", locale),
                text("training.field.sessions", locale), text("training.field.description", locale),
                text("training.field.createdBy", locale));
        List<List<Object>> rows = courses.export(filter).stream().map(c -> List.<Object>of(c.topic(),
                text("training.category." + c.category(), locale), c.creditHours(), c.unitName(), c.sessionCount(),
                c.description() == null ? "" : c.description(), c.createdBy())).toList();
        return excel(ExcelSheet.write(text("training.course.list.title", locale), headers, rows), "courses.xlsx");
    }

    @GetMapping("/new")
    String newForm(Model model) {
        CourseForm form = new CourseForm();
        form.setUnitId(CurrentActor.get().scopeUnitId());
        form.setCreditHours(BigDecimal.ONE);
        return formPage(form, null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("courseForm") CourseForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                CourseView created = courses.create(form);
                redirect.addFlashAttribute("notice", "training.notice.courseCreated");
                return "redirect:/training/courses/" + created.id();
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        }
        return formPage(form, null, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        CourseView course = courses.get(id);
        List<SessionView> list = sessions.ofCourse(id);
        model.addAttribute("course", course);
        model.addAttribute("sessions", list);
        model.addAttribute("mayWrite", courses.mayWrite(id));
        model.addAttribute("totalInvited", list.stream().filter(s -> s.status() != org.yuanwu.training.SessionStatus.CANCELLED)
                .mapToInt(SessionView::invited).sum());
        model.addAttribute("totalPresent", list.stream().filter(s -> s.status() != org.yuanwu.training.SessionStatus.CANCELLED)
                .mapToInt(SessionView::present).sum());
        model.addAttribute("year", LocalDateTime.now(ZONE).getYear());
        return "training/course-detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        CourseView course = courses.get(id);
        return formPage(CourseForm.of(course), course, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("courseForm") CourseForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                courses.update(id, form);
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/training/courses/" + id;
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        }
        return formPage(form, courses.get(id), model);
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable Long id, @RequestParam(required = false) String reason,
                    @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            courses.withdraw(id, reason, version);
            redirect.addFlashAttribute("notice", "training.notice.courseWithdrawn");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/training/courses/" + id;
    }

    // ---------------------------------------------------------------- new session of the course

    @GetMapping("/{id}/sessions/new")
    String newSession(@PathVariable Long id, Model model) {
        CourseView course = courses.get(id);
        SessionForm form = new SessionForm();
        LocalDateTime start = LocalDateTime.now(ZONE).plusDays(1).withHour(14).withMinute(30).withSecond(0).withNano(0);
        form.setStartsAt(start);
        form.setEndsAt(start.plusHours(1));
        form.setAudienceUnitId(course.unitId());
        return sessionFormPage(form, course, null, model);
    }

    @PostMapping("/{id}/sessions")
    String createSession(@PathVariable Long id, @Valid @ModelAttribute("sessionForm") SessionForm form,
                         BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CourseView course = courses.get(id);
        if (!binding.hasErrors()) {
            try {
                SessionView created = sessions.create(id, form);
                redirect.addFlashAttribute("notice", "training.notice.sessionCreated");
                return "redirect:/training/sessions/" + created.id();
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        }
        return sessionFormPage(form, course, null, model);
    }

    String sessionFormPage(SessionForm form, CourseView course, SessionView session, Model model) {
        model.addAttribute("sessionForm", form);
        model.addAttribute("course", course);
        model.addAttribute("trainingSession", session);
        model.addAttribute("formAction", session == null ? "/training/courses/" + course.id() + "/sessions"
                : "/training/sessions/" + session.id());
        model.addAttribute("units", units.allVisible(true));
        // Lecturers from the organising unit and below; others (or external lecturers) by name.
        model.addAttribute("lecturers", staff.search(new StaffFilter(null, course.unitId(), null, StaffStatus.ACTIVE, null, null),
                PageRequest.of(0, LECTURER_CHOICES, Sort.by("name", "id"))).getContent());
        model.addAttribute("titles", ProfessionalTitle.values());
        model.addAttribute("levels", NurseLevel.values());
        model.addAttribute("employmentTypes", EmploymentType.values());
        return "training/session-form";
    }

    private String formPage(CourseForm form, CourseView course, Model model) {
        model.addAttribute("courseForm", form);
        model.addAttribute("course", course);
        model.addAttribute("formAction", course == null ? "/training/courses" : "/training/courses/" + course.id());
        model.addAttribute("units", units.allVisible(true));
        return "training/course-form";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    static ResponseEntity<byte[]> excel(byte[] bytes, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ExcelSheet.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(bytes);
    }

    /** A rule failure the person can fix goes beside its field; a refusal shows the error page. */

}
