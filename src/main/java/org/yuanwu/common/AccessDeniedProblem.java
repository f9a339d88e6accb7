package org.yuanwu.common;

import org.springframework.http.HttpStatus;

/** The actor lacks the permission, or the record lies outside their data scope. */
public class AccessDeniedProblem extends DomainException {

    public AccessDeniedProblem() {
        super(HttpStatus.FORBIDDEN, null, "error.forbidden");
    }
}
