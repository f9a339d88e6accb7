package org.yuanwu.plan.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import org.yuanwu.indicator.Period;
import org.yuanwu.plan.ItemStatus;
import org.yuanwu.plan.TargetComparator;

/**
 * How a plan item stands on a given day. Pure: the day is a parameter, never the wall clock.
 *
 * <ul>
 * <li>A <b>count</b> (indicator without denominator) accumulates over the period: it is ACHIEVED
 * once it reaches the target, ON_TRACK while it keeps pace with the elapsed share of the period
 * (value ≥ target × elapsed share), AT_RISK when it falls behind, MISSED when the period is over
 * without reaching it. An upper limit (≤, or the top of a range) that is exceeded is MISSED at once,
 * since a count never goes down; a count kept within an upper limit is ACHIEVED when the period ends.</li>
 * <li>A <b>rate</b> (with denominator) is judged against the target as it stands: before the period
 * ends ON_TRACK or AT_RISK, afterwards ACHIEVED or MISSED.</li>
 * <li>No value is NO_DATA: "no data" is never taken for zero.</li>
 * <li>A <b>deliverable</b> is ACHIEVED when done; not done, it is MISSED after its due date, AT_RISK
 * within {@link #DUE_SOON_DAYS} days of it, ON_TRACK before.</li>
 * </ul>
 */
public final class ItemStatusRules {

    public static final int DUE_SOON_DAYS = 14;

    private ItemStatusRules() {
    }

    public static ItemStatus indicator(boolean count, TargetComparator comparator, BigDecimal target, BigDecimal upper,
                                       BigDecimal value, Period period, LocalDate today) {
        if (value == null) {
            return ItemStatus.NO_DATA;
        }
        boolean over = today.isAfter(period.end());
        if (!count) {
            boolean met = comparator.satisfiedBy(value, target, upper);
            return over ? (met ? ItemStatus.ACHIEVED : ItemStatus.MISSED) : (met ? ItemStatus.ON_TRACK : ItemStatus.AT_RISK);
        }
        BigDecimal share = elapsedShare(period, today);
        return switch (comparator) {
            case AT_LEAST -> reaching(value, target, over, share);
            case AT_MOST -> value.compareTo(target) > 0 ? ItemStatus.MISSED
                    : over ? ItemStatus.ACHIEVED
                    : value.compareTo(target.multiply(share)) <= 0 ? ItemStatus.ON_TRACK : ItemStatus.AT_RISK;
            case EQUAL -> value.compareTo(target) > 0 ? ItemStatus.MISSED : reaching(value, target, over, share);
            case BETWEEN -> value.compareTo(upper) > 0 ? ItemStatus.MISSED : reaching(value, target, over, share);
        };
    }

    private static ItemStatus reaching(BigDecimal value, BigDecimal target, boolean over, BigDecimal share) {
        if (value.compareTo(target) >= 0) {
            return ItemStatus.ACHIEVED;
        }
        if (over) {
            return ItemStatus.MISSED;
        }
        return value.compareTo(target.multiply(share)) >= 0 ? ItemStatus.ON_TRACK : ItemStatus.AT_RISK;
    }

    public static ItemStatus deliverable(boolean done, LocalDate due, LocalDate today) {
        if (done) {
            return ItemStatus.ACHIEVED;
        }
        if (today.isAfter(due)) {
            return ItemStatus.MISSED;
        }
        return ChronoUnit.DAYS.between(today, due) <= DUE_SOON_DAYS ? ItemStatus.AT_RISK : ItemStatus.ON_TRACK;
    }

    /** The share of the period's days that have begun by {@code today} (today counts), from 0 to 1. */
    public static BigDecimal elapsedShare(Period period, LocalDate today) {
        if (today.isBefore(period.start())) {
            return BigDecimal.ZERO;
        }
        if (!today.isBefore(period.end())) {
            return BigDecimal.ONE;
        }
        long elapsed = ChronoUnit.DAYS.between(period.start(), today) + 1;
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(period.days()), MathContext.DECIMAL64);
    }

    /**
     * The part of the period to compute indicators over on {@code today}: from its start to
     * min(today, end); null before it starts.
     */
    public static Period evaluated(Period period, LocalDate today) {
        if (today.isBefore(period.start())) {
            return null;
        }
        if (!today.isBefore(period.end())) {
            return period;
        }
        return Period.custom(period.start(), today);
    }

    /** The worst of several units' statuses; NO_DATA when there are none. */
    public static ItemStatus worst(Collection<ItemStatus> statuses) {
        return statuses.stream().min(Comparator.naturalOrder()).orElse(ItemStatus.NO_DATA);
    }

    /** The share of items achieved or on track, in whole percent (rounded half up); 0 for no items. */
    public static int progressPercent(Collection<ItemStatus> statuses) {
        if (statuses.isEmpty()) {
            return 0;
        }
        long good = statuses.stream().filter(ItemStatus::good).count();
        return BigDecimal.valueOf(good * 100).divide(BigDecimal.valueOf(statuses.size()), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }
}
