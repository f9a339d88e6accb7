package org.yuanwu.training.internal.intern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.DomainException;
import org.yuanwu.training.InternEvaluationForm;
import org.yuanwu.training.InternFeedbackService;

/** The intern's own pages, opened with her personal code (no account): rate her tutors, vote for the best. */
@Controller
@RequestMapping("/training/interns/by-code")
class InternCodeController {

    private final InternFeedbackService feedback;

    InternCodeController(InternFeedbackService feedback) {
        this.feedback = feedback;
    }

    @GetMapping
    String enter() {
        return "training/interns/code-enter";
    }

    @PostMapping
    String open(@RequestParam(required = false) String code, RedirectAttributes redirect) {
        String normalized = InternCodes.normalize(code);
        if (normalized.isEmpty()) {
            redirect.addFlashAttribute("actionError", "intern.error.codeUnknown");
            return "redirect:/training/interns/by-code";
        }
        return "redirect:/training/interns/by-code/" + normalized;
    }

    @GetMapping("/{code}")
    String mine(@PathVariable String code, Model model, RedirectAttributes redirect) {
        try {
            model.addAttribute("me", feedback.byCodeView(code));
        } catch (DomainException e) {
            redirect.addFlashAttribute("actionError", e.messageKey());
            return "redirect:/training/interns/by-code";
        }
        model.addAttribute("code", InternCodes.normalize(code));
        return "training/interns/code";
    }

    @PostMapping("/{code}/evaluations/{rotationId}")
    String rate(@PathVariable String code, @PathVariable Long rotationId, InternEvaluationForm form,
                RedirectAttributes redirect) {
        try {
            feedback.internRatesTutor(code, rotationId, form);
            redirect.addFlashAttribute("notice", "intern.notice.evaluated");
        } catch (DomainException e) {
            redirect.addFlashAttribute("actionError", e.messageKey());
            redirect.addFlashAttribute("actionErrorArgs", e.args());
        }
        return "redirect:/training/interns/by-code/" + InternCodes.normalize(code);
    }

    @PostMapping("/{code}/vote")
    String vote(@PathVariable String code, @RequestParam(required = false) Long tutorStaffId, RedirectAttributes redirect) {
        try {
            feedback.vote(code, tutorStaffId);
            redirect.addFlashAttribute("notice", "intern.notice.voted");
        } catch (DomainException e) {
            redirect.addFlashAttribute("actionError", e.messageKey());
            redirect.addFlashAttribute("actionErrorArgs", e.args());
        }
        return "redirect:/training/interns/by-code/" + InternCodes.normalize(code);
    }
}
