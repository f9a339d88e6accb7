package org.yuanwu.plan;

import org.yuanwu.indicator.Period;

/** How long a plan runs: a calendar year, one quarter of it, or one month. */
public enum PlanKind {
    ANNUAL, QUARTERLY, MONTHLY;

    /** The plan's period; {@code quarter} is read only for QUARTERLY, {@code month} only for MONTHLY. */
    public Period period(int year, Integer quarter, Integer month) {
        return switch (this) {
            case ANNUAL -> Period.year(year);
            case QUARTERLY -> Period.quarter(year, quarter);
            case MONTHLY -> Period.month(year, month);
        };
    }
}
