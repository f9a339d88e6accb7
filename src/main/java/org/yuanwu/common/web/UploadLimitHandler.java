package org.yuanwu.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit fails before any controller is chosen, so the controller-scoped
 * handlers never see it; this unscoped one answers with a problem (API) or the error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadLimitHandler {

    private final MessageSource messages;

    public UploadLimitHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String detail = messages.getMessage("error.tooLarge", null, LocaleContextHolder.getLocale());
        response.setStatus(413);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemResponses.write(response, 413, messages.getMessage("problem.title.413", null, LocaleContextHolder.getLocale()),
                    detail);
            return new ModelAndView();
        }
        ModelAndView mv = new ModelAndView("error");
        mv.addObject("status", 413);
        mv.addObject("message", detail);
        return mv;
    }
}
