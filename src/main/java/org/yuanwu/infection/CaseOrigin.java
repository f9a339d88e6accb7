package org.yuanwu.infection;

/** How the office learned of a case; anything but a ward report counts as missed (under-reported). */
public enum CaseOrigin {
    WARD_REPORT, SCREENING, RECORD_SAMPLING
}
