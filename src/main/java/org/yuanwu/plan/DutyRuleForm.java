package org.yuanwu.plan;

import java.time.DayOfWeek;

/**
 * A recurring duty of a plan item: what, how often, and which unit does it.
 *
 * @param dayOfMonth 1–31, for MONTHLY, QUARTERLY and HALF_YEARLY
 * @param monthDay   "MM-DD", for YEARLY
 * @param weekday    for WEEKLY
 * @param version    the rule's version when changing it
 */
public record DutyRuleForm(String title, DutyFrequency frequency, Integer dayOfMonth, String monthDay,
                           DayOfWeek weekday, Long responsibleUnitId, Long version) {
}
