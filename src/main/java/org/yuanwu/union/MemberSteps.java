package org.yuanwu.union;

import java.time.LocalDate;

/** Bodies of the membership steps; each carries the version the caller saw. */
public final class MemberSteps {

    private MemberSteps() {
    }

    public record Transfer(Long toUnitId, LocalDate on, String note, Long version) {
    }

    /** Leaving (reason required) or retiring (reason optional). */
    public record Ending(LocalDate on, String reason, Long version) {
    }
}
