package org.yuanwu.training.internal.intern;

import java.time.LocalDate;
import java.util.List;

/** A two-way evaluation: five items scored 1 to 5, given from the rotation's last week on (not before). */
public final class EvaluationRules {

    public static final int ITEMS = 5;
    public static final int MIN = 1;
    public static final int MAX = 5;

    private EvaluationRules() {
    }

    public static boolean open(LocalDate rotationEnd, LocalDate today) {
        return !today.isBefore(rotationEnd.minusDays(6));
    }

    /** Index (0-based) of the first item missing or out of 1..5, or -1 when all five are valid. */
    public static int firstInvalidItem(List<Integer> items) {
        for (int i = 0; i < ITEMS; i++) {
            Integer v = items == null || i >= items.size() ? null : items.get(i);
            if (v == null || v < MIN || v > MAX) {
                return i;
            }
        }
        return -1;
    }
}
