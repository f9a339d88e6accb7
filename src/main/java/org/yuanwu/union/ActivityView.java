package org.yuanwu.union;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An activity as callers see it. Budget and actual spend are kept on the activity in fen; the link to the union
 * fund ledger's expense entries is left for when the ledger exists.
 *
 * @param mySignup whether the caller's own staff record is signed up (and not withdrawn)
 */
public record ActivityView(Long id, String title, ActivityKind kind, LocalDate heldOn, String place,
                           Long organiserUnitId, String organiserUnitName, Long clubId, String clubName,
                           Integer capacity, LocalDate signupDeadline, long budgetFen, Long spentFen, String description,
                           ActivityStatus status, String cancelReason, long signedUp, long attended, boolean mySignup,
                           long version) {

    public BigDecimal budgetYuan() {
        return BigDecimal.valueOf(budgetFen, 2);
    }

    public BigDecimal spentYuan() {
        return spentFen == null ? null : BigDecimal.valueOf(spentFen, 2);
    }

    /** Places left, or null when there is no limit. */
    public Integer placesLeft() {
        return capacity == null ? null : (int) Math.max(0, capacity - signedUp);
    }
}
