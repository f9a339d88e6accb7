package org.yuanwu.common.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.StaleEditException;

/** Puts a rule failure beside the field it concerns, or at the top of the form, the same way on every page. */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult binding, DomainException e) {
        if (e.field() != null && binding.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(binding.getTarget().getClass(), e.field()) != null) {
            binding.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else {
            binding.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }

    /**
     * A form the service refused: a failure the person can fix goes beside its field and the page is shown again
     * with the refusal's status (400, or 409 for a conflict or a stale edit); a refusal of access or of a record
     * that does not exist shows the error page instead.
     */
    public static void rejected(DomainException e, BindingResult binding, Model model, HttpServletResponse response) {
        refuseOutright(e);
        reject(binding, e);
        if (e instanceof StaleEditException) {
            model.addAttribute("stale", true);
        }
        response.setStatus(e.status().value());
    }

    /**
     * An action (a button, not a form) the service refused: the message goes to the page the action returns to,
     * including a rule's refusal such as approving one's own plan; only a refusal of access or a missing record
     * shows the error page.
     */
    public static void failed(DomainException e, RedirectAttributes redirect) {
        if (e instanceof AccessDeniedProblem || e.status() == HttpStatus.NOT_FOUND) {
            throw e;
        }
        redirect.addFlashAttribute("actionError", e.messageKey());
        redirect.addFlashAttribute("actionErrorArgs", e.args());
    }

    private static void refuseOutright(DomainException e) {
        if (e instanceof AccessDeniedProblem || e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
            throw e;
        }
    }
}
