package org.yuanwu.indicator;

/** Whether a higher or a lower value of an indicator is better. */
public enum Direction {
    HIGHER, LOWER
}
