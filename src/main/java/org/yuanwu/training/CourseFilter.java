package org.yuanwu.training;

/**
 * Search criteria for the course list, all optional: {@code q} in the topic, a category, a unit
 * (with the units below it), and {@code withdrawn=true} to list withdrawn courses instead of active ones.
 */
public record CourseFilter(String q, CourseCategory category, Long unitId, Boolean withdrawn) {

    public static CourseFilter none() {
        return new CourseFilter(null, null, null, null);
    }
}
