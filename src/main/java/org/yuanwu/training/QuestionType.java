package org.yuanwu.training;

/** The kinds of bank question; all but the short answer are graded automatically. */
public enum QuestionType {
    SINGLE, MULTIPLE, TRUE_FALSE, FILL_IN, SHORT_ANSWER;

    public boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE;
    }

    /** Graded by the machine; short answers go to the examiner's grading queue. */
    public boolean objective() {
        return this != SHORT_ANSWER;
    }
}
