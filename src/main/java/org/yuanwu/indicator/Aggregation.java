package org.yuanwu.indicator;

/**
 * How a measure's facts combine over a period and a subtree. SUM, COUNT and AVERAGE are served
 * from the monthly roll-ups; the others are computed from the facts themselves.
 */
public enum Aggregation {
    SUM, COUNT, AVERAGE, MIN, MAX,
    /** Per unit, the latest value in the period; summed over the units (a stock, a population). */
    LAST,
    /** The number of different values (e.g. different people trained). */
    DISTINCT_COUNT;

    public boolean rolledUp() {
        return this == SUM || this == COUNT || this == AVERAGE;
    }
}
