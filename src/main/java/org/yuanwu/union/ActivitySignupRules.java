package org.yuanwu.union;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a member of staff may still sign up for an activity: only while it is planned, up to and including its
 * sign-up deadline (the activity day when none is set), while places are left (no capacity means no limit), and
 * once per person. Gives the message key of the first rule broken.
 */
public final class ActivitySignupRules {

    private ActivitySignupRules() {
    }

    public static Optional<String> refusal(ActivityStatus status, LocalDate heldOn, LocalDate deadline, Integer capacity,
                                           long activeSignups, boolean alreadySignedUp, LocalDate today) {
        if (status != ActivityStatus.PLANNED) {
            return Optional.of("activity.error.notOpen");
        }
        LocalDate last = deadline != null ? deadline : heldOn;
        if (today.isAfter(last)) {
            return Optional.of("activity.error.deadlinePassed");
        }
        if (alreadySignedUp) {
            return Optional.of("activity.error.alreadySignedUp");
        }
        if (capacity != null && activeSignups >= capacity) {
            return Optional.of("activity.error.full");
        }
        return Optional.empty();
    }
}
