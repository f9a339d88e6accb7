package org.yuanwu.training;

/** What publishing a year's skill requirement did: people in standardised training, skills each, withdrawn rows. */
public record SkillRequirementResult(int year, int staffCount, int skillsEach, int withdrawn) {
}
