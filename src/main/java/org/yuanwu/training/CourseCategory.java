package org.yuanwu.training;

/** What a course is about; labels come from the messages "training.category.&lt;NAME&gt;". */
public enum CourseCategory {
    /** 三基: basic theory, knowledge and skills. */
    BASICS,
    SPECIALTY,
    RULES,
    INFECTION_CONTROL,
    ETIQUETTE,
    MANAGEMENT,
    PRE_JOB,
    OTHER
}
