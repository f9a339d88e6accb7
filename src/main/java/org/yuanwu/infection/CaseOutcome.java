package org.yuanwu.infection;

public enum CaseOutcome {
    UNDER_TREATMENT, CURED, IMPROVED, NOT_CURED, DIED, UNKNOWN
}
