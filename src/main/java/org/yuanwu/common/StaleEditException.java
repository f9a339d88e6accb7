package org.yuanwu.common;

import org.springframework.http.HttpStatus;

/** Someone else saved the record after this edit form was opened (optimistic locking). */
public class StaleEditException extends DomainException {

    public StaleEditException() {
        super(HttpStatus.CONFLICT, null, "error.staleEdit");
    }

    /** Throws unless the version the editor saw is the one stored. */
    public static void check(Long expectedVersion, Long storedVersion) {
        if (expectedVersion == null || !expectedVersion.equals(storedVersion)) {
            throw new StaleEditException();
        }
    }
}
