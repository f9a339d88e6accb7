package org.yuanwu.union;

/** An expense is requested, then approved (or rejected), then paid; approved and paid ones are never edited. */
public enum FundExpenseStatus {
    REQUESTED, APPROVED, REJECTED, PAID;

    public boolean editable() {
        return this == REQUESTED;
    }
}
