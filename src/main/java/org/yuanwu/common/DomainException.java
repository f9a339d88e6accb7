package org.yuanwu.common;

import org.springframework.http.HttpStatus;

/**
 * A rule was broken by the caller's input. Carries a message key (resolved in the user's
 * language), its arguments, the offending field if any, and the HTTP status for the API.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;
    private final String field;
    private final HttpStatus status;

    public DomainException(HttpStatus status, String field, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public static DomainException invalid(String field, String messageKey, Object... args) {
        return new DomainException(HttpStatus.BAD_REQUEST, field, messageKey, args);
    }

    public static DomainException conflict(String messageKey, Object... args) {
        return new DomainException(HttpStatus.CONFLICT, null, messageKey, args);
    }

    public static DomainException notFound(String messageKey, Object... args) {
        return new DomainException(HttpStatus.NOT_FOUND, null, messageKey, args);
    }

    public String messageKey() { return messageKey; }
    public Object[] args() { return args; }
    public String field() { return field; }
    public HttpStatus status() { return status; }
}
