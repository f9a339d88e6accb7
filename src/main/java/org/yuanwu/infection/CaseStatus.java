package org.yuanwu.infection;

/** A case as reported by the ward, then confirmed or excluded by the infection-control office. */
public enum CaseStatus {
    REPORTED, CONFIRMED, EXCLUDED
}
