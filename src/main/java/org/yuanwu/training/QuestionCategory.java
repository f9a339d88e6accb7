package org.yuanwu.training;

/** What a question examines: 三基 basics, specialty, rules and regulations, infection control, other. */
public enum QuestionCategory {
    BASICS, SPECIALTY, RULES, INFECTION_CONTROL, OTHER
}
