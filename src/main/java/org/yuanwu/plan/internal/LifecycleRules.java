package org.yuanwu.plan.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.yuanwu.indicator.Period;
import org.yuanwu.plan.PlanAction;
import org.yuanwu.plan.PlanKind;
import org.yuanwu.plan.PlanStatus;

/**
 * The plan lifecycle: which action leads from which status to which. Pure; who may act is decided
 * by the service (authors with PLAN_WRITE, approvers by {@link ApprovalRules}).
 *
 * <pre>
 * DRAFT ─submit→ SUBMITTED ─approve→ APPROVED ─start→ IN_PROGRESS ─close→ CLOSED
 *   ↑                │                  (approval on or after the period's first day starts it at once)
 * RETURNED ←return──┘  (a comment is required; RETURNED is edited and submitted again like a draft)
 * </pre>
 */
public final class LifecycleRules {

    private LifecycleRules() {
    }

    /** The status an action leads to from {@code from}, or empty when the action is not possible there. */
    public static Optional<PlanStatus> next(PlanStatus from, PlanAction action, Period period, LocalDate today) {
        PlanStatus to = switch (action) {
            case SUBMIT -> from.editable() ? PlanStatus.SUBMITTED : null;
            case APPROVE -> from == PlanStatus.SUBMITTED
                    ? (today.isBefore(period.start()) ? PlanStatus.APPROVED : PlanStatus.IN_PROGRESS) : null;
            case RETURN -> from == PlanStatus.SUBMITTED ? PlanStatus.RETURNED : null;
            case START -> from == PlanStatus.APPROVED ? PlanStatus.IN_PROGRESS : null;
            case CLOSE -> from.tracking() ? PlanStatus.CLOSED : null;
            case CREATE, COPY, COMMENT -> null;
        };
        return Optional.ofNullable(to);
    }

    /**
     * The first day a plan may be closed: the first day of its last month for annual and quarterly
     * plans (1 December for a year), the last week for a monthly plan.
     */
    public static LocalDate closableFrom(PlanKind kind, Period period) {
        return kind == PlanKind.MONTHLY ? period.end().minusDays(6) : period.end().withDayOfMonth(1);
    }
}
