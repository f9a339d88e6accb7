package org.yuanwu.training.internal.intern;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A round-robin rotation schedule: intern i starts at ward i mod m and moves to the next ward every
 * {@code weeksPerWard} weeks, so the interns spread evenly over the wards and each sees every ward once
 * (as far as the intake's dates allow; the last block is cut at the intake's end).
 */
public final class RoundRobin {

    private RoundRobin() {
    }

    public record Slot(int internIndex, Long unitId, LocalDate from, LocalDate to) {
    }

    public static List<Slot> schedule(int interns, List<Long> unitIds, int weeksPerWard, LocalDate start, LocalDate end) {
        if (unitIds.isEmpty() || weeksPerWard < 1 || end.isBefore(start)) {
            return List.of();
        }
        int wards = unitIds.size();
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < interns; i++) {
            for (int k = 0; k < wards; k++) {
                LocalDate from = start.plusWeeks((long) k * weeksPerWard);
                if (from.isAfter(end)) {
                    break;
                }
                LocalDate to = from.plusWeeks(weeksPerWard).minusDays(1);
                slots.add(new Slot(i, unitIds.get((i + k) % wards), from, to.isAfter(end) ? end : to));
            }
        }
        return slots;
    }
}
