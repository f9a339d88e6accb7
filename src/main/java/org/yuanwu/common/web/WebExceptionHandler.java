package org.yuanwu.common.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.StaleEditException;

/** Pages: a failure that no form handled shows the error page with a message in the user's language. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(WebExceptionHandler.class);

    private final MessageSource messages;

    public WebExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletResponse response) {
        return page(e.status().value(), e.messageKey(), e.args(), response);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ModelAndView stale(ObjectOptimisticLockingFailureException e, HttpServletResponse response) {
        return domain(new StaleEditException(), response);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException e, HttpServletResponse response) {
        return page(403, "error.forbidden", new Object[0], response);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MultipartException.class,
            org.springframework.web.bind.ServletRequestBindingException.class,
            org.springframework.beans.TypeMismatchException.class,
            org.springframework.validation.BindException.class})
    ModelAndView badRequest(Exception e, HttpServletResponse response) {
        return page(400, "error.unreadable", new Object[0], response);
    }

    /** Tomcat refuses to parse a form larger than max-http-form-post-size. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ModelAndView formTooLarge(Exception e, HttpServletResponse response) {
        return page(413, "error.formTooLarge", new Object[0], response);
    }

    @ExceptionHandler(org.springframework.web.HttpRequestMethodNotSupportedException.class)
    ModelAndView method(Exception e, HttpServletResponse response) {
        return page(405, "error.method", new Object[0], response);
    }

    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotSupportedException.class)
    ModelAndView mediaType(Exception e, HttpServletResponse response) {
        return page(415, "error.unreadable", new Object[0], response);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView notFound(NoResourceFoundException e, HttpServletResponse response) {
        return page(404, "error.notFound", new Object[0], response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletResponse response) {
        log.error("Unexpected failure", e);
        return page(500, "error.unexpected", new Object[0], response);
    }

    private ModelAndView page(int status, String key, Object[] args, HttpServletResponse response) {
        response.setStatus(status);
        ModelAndView mv = new ModelAndView("error");
        mv.addObject("status", status);
        mv.addObject("message", messages.getMessage(key, args, key, LocaleContextHolder.getLocale()));
        return mv;
    }
}
