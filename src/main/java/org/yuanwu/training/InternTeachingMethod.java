package org.yuanwu.training;

/** How a week's teaching was given (教学形式). */
public enum InternTeachingMethod { LECTURE, TEACHING_ROUND, DEMONSTRATION, CASE_DISCUSSION, BEDSIDE, OTHER }
