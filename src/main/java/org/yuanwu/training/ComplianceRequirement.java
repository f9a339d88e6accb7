package org.yuanwu.training;

/**
 * What a compliance rule asks for in its year: N skill assessments passed (distinct skills, the latest attempt
 * of each counting), N exams passed (any kind), N exams of one kind passed, or at least N credits.
 */
public enum ComplianceRequirement {
    SKILLS_PASSED, EXAMS_PASSED, EXAMS_OF_KIND_PASSED, CREDITS
}
