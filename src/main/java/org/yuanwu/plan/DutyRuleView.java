package org.yuanwu.plan;

import java.time.DayOfWeek;

public record DutyRuleView(Long id, Long planId, Long itemId, String title, DutyFrequency frequency, Integer dayOfMonth,
                           String monthDay, DayOfWeek weekday, Long responsibleUnitId, String responsibleUnitName,
                           long occurrences, long done, long version) {
}
