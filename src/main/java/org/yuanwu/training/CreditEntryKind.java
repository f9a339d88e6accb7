package org.yuanwu.training;

/** Credits earned outside the hospital's own courses: further study (进修), academic conferences, external training. */
public enum CreditEntryKind {
    FURTHER_STUDY, CONFERENCE, EXTERNAL_TRAINING, OTHER
}
