package org.yuanwu.infection;

/** A monitoring result; a biological indicator is PENDING until it has been incubated. */
public enum TestResult {
    PASS, FAIL, PENDING
}
