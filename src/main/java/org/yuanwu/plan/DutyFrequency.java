package org.yuanwu.plan;

/** How often a recurring duty falls due within the plan's year. */
public enum DutyFrequency {
    /** Every month on day N (clamped to the month's last day). */
    MONTHLY,
    /** January, April, July and October on day N. */
    QUARTERLY,
    /** January and July on day N. */
    HALF_YEARLY,
    /** Once a year on a date MM-DD (02-29 falls on 02-28 in a common year). */
    YEARLY,
    /** Every week on a weekday. */
    WEEKLY,
    /** On each health day of the calendar (plan/health_days.csv). */
    HEALTH_DAY
}
