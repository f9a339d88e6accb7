package org.yuanwu.survey;

/** Rating 1–5 with a label per score, single choice, multiple choice, or free text. */
public enum QuestionKind {
    RATING, SINGLE_CHOICE, MULTIPLE_CHOICE, TEXT;

    public boolean choice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
