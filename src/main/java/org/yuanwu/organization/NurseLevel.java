package org.yuanwu.organization;

/** Nurse competency level on the N0–N4 ladder. */
public enum NurseLevel {
    N0, N1, N2, N3, N4
}
