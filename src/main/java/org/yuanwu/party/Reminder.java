package org.yuanwu.party;

import java.time.LocalDate;

/**
 * A branch that held fewer meetings of a kind than its rhythm asks in the last period that has ended.
 *
 * @param periodStart the first day of the period missed
 * @param periodEnd   its last day; the reminder stands from the day after
 * @param held        how many were held in it
 * @param required    how many the rhythm asks
 */
public record Reminder(Long branchId, String branchName, MeetingKind kind, RhythmPeriod period, LocalDate periodStart,
                       LocalDate periodEnd, int held, int required) {
}
