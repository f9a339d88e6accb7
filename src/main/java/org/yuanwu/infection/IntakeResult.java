package org.yuanwu.infection;

/** What a batch of admissions or events did: new rows, corrected rows, rows already held as sent. */
public record IntakeResult(int created, int updated, int unchanged) {
}
