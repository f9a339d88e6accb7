package org.yuanwu.training.internal.intern;

import java.time.LocalDate;
import java.util.Collection;

/** The best-tutor vote: open until its closing day (inclusive), once per intern, only for a tutor she had. */
public final class VoteRules {

    public enum Refusal { NOT_OPEN, CLOSED, ALREADY_VOTED, NOT_HER_TUTOR }

    private VoteRules() {
    }

    /** Whether ballots are taken today: a closing day is set and has not passed. */
    public static boolean open(LocalDate closesOn, LocalDate today) {
        return closesOn != null && !today.isAfter(closesOn);
    }

    /** Null when the vote counts, else why it is refused. */
    public static Refusal check(LocalDate closesOn, LocalDate today, boolean alreadyVoted, Long tutorStaffId,
                                Collection<Long> tutorsSheHad) {
        if (closesOn == null) {
            return Refusal.NOT_OPEN;
        }
        if (!open(closesOn, today)) {
            return Refusal.CLOSED;
        }
        if (alreadyVoted) {
            return Refusal.ALREADY_VOTED;
        }
        if (tutorStaffId == null || !tutorsSheHad.contains(tutorStaffId)) {
            return Refusal.NOT_HER_TUTOR;
        }
        return null;
    }
}
