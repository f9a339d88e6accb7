package org.yuanwu.party;

/** Taking a record off (cancelling a meeting, withdrawing a conduct record...) with a reason; it stays on record. */
public record Withdrawal(String reason, Long version) {
}
