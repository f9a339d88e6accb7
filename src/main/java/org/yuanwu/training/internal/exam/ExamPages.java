package org.yuanwu.training.internal.exam;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.common.web.Forms;

/** How the exam pages show a refused action: beside the field, or as a notice after the redirect. */
final class ExamPages {

    private ExamPages() {
    }

    static void rejected(DomainException e, BindingResult binding, Model model, HttpServletResponse response) {
        if (e instanceof AccessDeniedProblem || e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
            throw e;
        }
        Forms.reject(binding, e);
        if (e instanceof StaleEditException) {
            model.addAttribute("stale", true);
        }
        response.setStatus(e.status() == HttpStatus.CONFLICT ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
    }

    static void failed(DomainException e, RedirectAttributes redirect) {
        if (e instanceof AccessDeniedProblem || e.status() == HttpStatus.NOT_FOUND) {
            throw e;
        }
        redirect.addFlashAttribute("actionError", e.messageKey());
        redirect.addFlashAttribute("actionErrorArgs", e.args());
    }
}
