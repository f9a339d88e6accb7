package org.yuanwu.training.internal.course;

import java.time.Duration;
import java.time.Instant;

/** A session's sign-in code works from 30 minutes before its start to 60 minutes after its end. */
public final class SignInWindow {

    public static final Duration BEFORE_START = Duration.ofMinutes(30);
    public static final Duration AFTER_END = Duration.ofMinutes(60);

    public enum Verdict { TOO_EARLY, OPEN, CLOSED }

    private SignInWindow() {
    }

    public static Instant opens(Instant startsAt) {
        return startsAt.minus(BEFORE_START);
    }

    public static Instant closes(Instant endsAt) {
        return endsAt.plus(AFTER_END);
    }

    public static Verdict at(Instant now, Instant startsAt, Instant endsAt) {
        if (now.isBefore(opens(startsAt))) {
            return Verdict.TOO_EARLY;
        }
        return now.isAfter(closes(endsAt)) ? Verdict.CLOSED : Verdict.OPEN;
    }
}
