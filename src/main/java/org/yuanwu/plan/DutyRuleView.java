package org.yuanwu.plan;

import java.time.DayOfWeek;
import java.time.Instant;

public record DutyRuleView(Long id, Long planId, Long itemId, String title, DutyFrequency frequency, Integer dayOfMonth,
                           String monthDay, DayOfWeek weekday, Long responsibleUnitId, String responsibleUnitName,
                           long occurrences, long done, Instant withdrawnAt, String withdrawnBy,
                           String withdrawnReason, long version) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
