package org.yuanwu.union;

import java.time.Instant;

/** One person's sign-up: attended is null until attendance is recorded. */
public record ActivitySignupView(Long id, Long staffId, String staffName, String employeeNo, String unitName,
                                 Instant signedUpAt, boolean withdrawn, Boolean attended) {
}
