package org.yuanwu.plan;

/**
 * What the current user may do with a plan now, for showing only the buttons that will work.
 * {@code approvalBlockedKey} says why someone who could otherwise approve may not (their own plan).
 */
public record PlanActions(boolean edit, boolean submit, boolean approve, boolean returnToAuthors, boolean start,
                          boolean close, boolean comment, boolean copy, boolean track, String approvalBlockedKey) {
}
