package org.yuanwu.training;

/** Taken online on a timed paper, or on paper with the scores entered afterwards. */
public enum ExamMode {
    ONLINE, PAPER
}
