package org.yuanwu.party;

import java.time.LocalDate;

/** The bodies of a member's steps. */
public final class MemberSteps {

    private MemberSteps() {
    }

    /** Regularised (转正) on a date: probationary becomes full. */
    public record Regularisation(LocalDate on, Long version) {
    }

    /**
     * A move: to another of the hospital's branches ({@code toBranchId}), or out of the hospital ({@code toBranchId}
     * null, {@code otherParty} naming where to).
     */
    public record Transfer(Long toBranchId, String otherParty, LocalDate on, String note, Long version) {
    }
}
