package org.yuanwu.training;

/** What an exam is for; infection-control exams also count toward the infection-control training rate. */
public enum ExamKind {
    THEORY, SPECIALTY, RULES, INFECTION_CONTROL, OTHER
}
