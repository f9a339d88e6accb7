package org.yuanwu.infection;

/** Infection sites as the national HAI diagnostic criteria list them. */
public enum InfectionSite {
    LOWER_RESPIRATORY, UPPER_RESPIRATORY, URINARY, BLOODSTREAM, SURGICAL_SUPERFICIAL, SURGICAL_DEEP, SURGICAL_ORGAN_SPACE,
    GASTROINTESTINAL, ABDOMINAL, SKIN_SOFT_TISSUE, CENTRAL_NERVOUS_SYSTEM, CARDIOVASCULAR, BONE_JOINT, REPRODUCTIVE, ORAL,
    OTHER;

    /** A surgical-site infection (counted by operation class). */
    public boolean surgical() {
        return this == SURGICAL_SUPERFICIAL || this == SURGICAL_DEEP || this == SURGICAL_ORGAN_SPACE;
    }
}
