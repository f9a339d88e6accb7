package org.yuanwu.training;

/** Intake search: text in the name, school or specialty, and the year the intake starts; both optional. */
public record InternIntakeFilter(String q, Integer year) {

    public static InternIntakeFilter none() {
        return new InternIntakeFilter(null, null);
    }
}
