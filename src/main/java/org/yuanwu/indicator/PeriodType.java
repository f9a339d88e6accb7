package org.yuanwu.indicator;

/**
 * Granularity of a reporting period. Declared from finest to coarsest; {@code CUSTOM} (an
 * arbitrary date range) comes last and is never used to split another period.
 */
public enum PeriodType {
    DAY, WEEK, MONTH, QUARTER, HALF_YEAR, YEAR, CUSTOM
}
