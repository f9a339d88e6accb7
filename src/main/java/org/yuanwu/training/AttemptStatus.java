package org.yuanwu.training;

/** IN_PROGRESS until submitted; SUBMITTED while short answers await grading; GRADED when the score is final. */
public enum AttemptStatus {
    IN_PROGRESS, SUBMITTED, GRADED
}
