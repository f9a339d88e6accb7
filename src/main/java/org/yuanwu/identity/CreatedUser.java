package org.yuanwu.identity;

/** A new account and the one-time password it was given (shown once, never stored in clear). */
public record CreatedUser(UserView user, String initialPassword) {
}
