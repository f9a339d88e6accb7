package org.yuanwu.training;

/**
 * Search criteria for assessments, all optional: a unit (with those below it), a skill, passed or
 * failed, a year, one staff member; withdrawn attempts are listed only with {@code withdrawn=true}.
 */
public record SkillAssessmentFilter(Long unitId, Long skillId, Boolean passed, Integer year, Long staffId,
                                    Boolean withdrawn) {

    public static SkillAssessmentFilter none() {
        return new SkillAssessmentFilter(null, null, null, null, null, null);
    }
}
