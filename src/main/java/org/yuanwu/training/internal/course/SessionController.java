package org.yuanwu.training.internal.course;

import org.yuanwu.common.web.Forms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.yuanwu.common.DomainException;
import org.yuanwu.training.AbsenceReason;
import org.yuanwu.training.AttendanceMark;
import org.yuanwu.training.AttendanceStatus;
import org.yuanwu.training.CourseService;
import org.yuanwu.training.SessionForm;
import org.yuanwu.training.SessionService;
import org.yuanwu.training.SessionSignIn;
import org.yuanwu.training.SessionView;

/**
 * Session pages: the session with its invitees and materials, editing and cancelling, the
 * attendance sheet (large touch targets for a tablet), sign-in by code on a phone, and "my training".
 */
@Controller
@RequestMapping("/training")
class SessionController {

    private final SessionService sessions;
    private final CourseService courses;
    private final CourseController courseController;

    SessionController(SessionService sessions, CourseService courses, CourseController courseController) {
        this.sessions = sessions;
        this.courses = courses;
        this.courseController = courseController;
    }

    @GetMapping("/sessions/{id}")
    String show(@PathVariable Long id, Model model, HttpServletRequest request) {
        SessionView session = sessions.get(id);
        model.addAttribute("trainingSession", session);
        model.addAttribute("attendance", sessions.attendance(id));
        model.addAttribute("materials", sessions.materials(id));
        model.addAttribute("mayWrite", sessions.mayWrite(id));
        model.addAttribute("signInLink", ServletUriComponentsBuilder.fromContextPath(request)
                .path("/training/signin/{code}").buildAndExpand(session.signInCode()).toUriString());
        model.addAttribute("opens", local(SignInWindow.opens(session.startsAt())));
        model.addAttribute("closes", local(SignInWindow.closes(session.endsAt())));
        return "training/session-detail";
    }

    @GetMapping("/sessions/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        SessionView s = sessions.get(id);
        SessionForm form = new SessionForm();
        form.setStartsAt(local(s.startsAt()));
        form.setEndsAt(local(s.endsAt()));
        form.setPlace(s.place());
        form.setLecturerStaffId(s.lecturerStaffId());
        form.setLecturerName(s.lecturerStaffId() == null ? s.lecturerName() : null);
        form.setAudienceUnitId(s.audienceUnitId());
        form.setTitles(s.titles());
        form.setNurseLevels(s.nurseLevels());
        form.setEmploymentTypes(s.employmentTypes());
        form.setVersion(s.version());
        return courseController.sessionFormPage(form, courses.get(s.courseId()), s, model);
    }

    @PostMapping("/sessions/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        SessionView s = sessions.get(id);
        if (!binding.hasErrors()) {
            try {
                sessions.update(id, form);
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/training/sessions/" + id;
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        }
        return courseController.sessionFormPage(form, courses.get(s.courseId()), s, model);
    }

    @PostMapping("/sessions/{id}/cancel")
    String cancel(@PathVariable Long id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            sessions.cancel(id, reason, version);
            redirect.addFlashAttribute("notice", "training.notice.sessionCancelled");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/training/sessions/" + id;
    }

    // ---------------------------------------------------------------- attendance sheet

    @GetMapping("/sessions/{id}/attendance")
    String attendanceSheet(@PathVariable Long id, Model model) {
        model.addAttribute("trainingSession", sessions.get(id));
        model.addAttribute("attendance", sessions.attendance(id));
        model.addAttribute("reasons", AbsenceReason.values());
        return "training/session-attendance";
    }

    /** Reads "status-&lt;staffId&gt;" (PRESENT / ABSENT / PENDING) and "reason-&lt;staffId&gt;" for every row posted. */
    @PostMapping("/sessions/{id}/attendance")
    String recordAttendance(@PathVariable Long id, @RequestParam Map<String, String> params, Model model,
                            RedirectAttributes redirect, HttpServletResponse response) {
        List<AttendanceMark> marks = new ArrayList<>();
        try {
            for (Map.Entry<String, String> e : params.entrySet()) {
                if (!e.getKey().startsWith("status-") || e.getValue() == null || e.getValue().isBlank()) {
                    continue;
                }
                Long staffId = Long.valueOf(e.getKey().substring("status-".length()));
                String reason = params.get("reason-" + staffId);
                marks.add(new AttendanceMark(staffId, AttendanceStatus.valueOf(e.getValue()),
                        reason == null || reason.isBlank() ? null : AbsenceReason.valueOf(reason)));
            }
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("attendance", "error.unreadable");
        }
        try {
            sessions.record(id, marks);
            redirect.addFlashAttribute("notice", "training.notice.attendanceSaved");
            return "redirect:/training/sessions/" + id;
        } catch (DomainException e) {
            if (e.status().is4xxClientError() && e.status().value() != 403 && e.status().value() != 404) {
                response.setStatus(e.status().value());
                model.addAttribute("actionError", e.messageKey());
                model.addAttribute("actionErrorArgs", e.args());
                return attendanceSheet(id, model);
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------- materials

    @PostMapping("/sessions/{id}/materials")
    String upload(@PathVariable Long id, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        try {
            if (file == null || file.isEmpty()) {
                throw DomainException.invalid("file", "training.error.materialEmpty");
            }
            if (file.getSize() > MaterialFiles.MAX_BYTES) {
                throw DomainException.invalid("file", "training.error.materialTooLarge", MaterialFiles.MAX_BYTES / (1024 * 1024));
            }
            sessions.attach(id, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("notice", "training.notice.materialAdded");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        } catch (IOException e) {
            Forms.failed(DomainException.invalid("file", "training.error.materialEmpty"), redirect);
        }
        return "redirect:/training/sessions/" + id + "#materials";
    }

    @GetMapping("/sessions/{id}/materials/{materialId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long materialId) {
        return SessionApiController.file(sessions.download(id, materialId));
    }

    @PostMapping("/sessions/{id}/materials/{materialId}/delete")
    String removeMaterial(@PathVariable Long id, @PathVariable Long materialId, RedirectAttributes redirect) {
        sessions.removeMaterial(id, materialId);
        redirect.addFlashAttribute("notice", "training.notice.materialRemoved");
        return "redirect:/training/sessions/" + id + "#materials";
    }

    // ---------------------------------------------------------------- sign-in and my training

    /** The page a typed code leads to. */
    @GetMapping("/signin")
    String signInForm(@RequestParam(required = false) String code) {
        if (code != null && !code.isBlank()) {
            return "redirect:/training/signin/" + SignInCodes.normalize(code);
        }
        return "training/signin-code";
    }

    @GetMapping("/signin/{code}")
    String signInPage(@PathVariable String code, Model model) {
        model.addAttribute("trainingSession", sessions.byCode(code));
        model.addAttribute("hasStaffRecord", sessions.hasStaffRecord());
        return "training/signin";
    }

    @PostMapping("/signin/{code}")
    String signIn(@PathVariable String code, Model model, HttpServletResponse response) {
        try {
            SessionSignIn result = sessions.signIn(code);
            model.addAttribute("result", result);
        } catch (DomainException e) {
            if (e.status().value() == 403 || e.status().value() == 404) {
                throw e;
            }
            response.setStatus(e.status().value());
            model.addAttribute("actionError", e.messageKey());
            model.addAttribute("actionErrorArgs", e.args());
        }
        model.addAttribute("trainingSession", sessions.byCode(code));
        model.addAttribute("hasStaffRecord", sessions.hasStaffRecord());
        return "training/signin";
    }

    @GetMapping("/mine")
    String mine(Model model) {
        model.addAttribute("mine", sessions.mine());
        model.addAttribute("hasStaffRecord", sessions.hasStaffRecord());
        return "training/session-mine";
    }

    static LocalDateTime local(java.time.Instant at) {
        return LocalDateTime.ofInstant(at, SessionService.ZONE);
    }
}
