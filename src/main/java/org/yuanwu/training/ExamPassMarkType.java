package org.yuanwu.training;

/** Whether the pass mark is a number of points or a percentage of the paper's maximum. */
public enum ExamPassMarkType {
    POINTS, PERCENT
}
