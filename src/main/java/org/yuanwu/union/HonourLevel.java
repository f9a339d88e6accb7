package org.yuanwu.union;

/** Who awards an honour, from the top down. */
public enum HonourLevel {
    NATIONAL, PROVINCIAL, CITY, COUNTY, HOSPITAL
}
