package org.yuanwu.training;

/** The outcome of signing in with a session's code: whether the trainee was invited or came as a walk-in. */
public record SessionSignIn(Long sessionId, String courseTopic, String staffName, Outcome outcome) {

    public enum Outcome {
        /** Invited, now marked present. */
        INVITED,
        /** Not invited: added as a walk-in attendee. */
        WALK_IN,
        /** Was already marked present. */
        ALREADY_PRESENT
    }
}
