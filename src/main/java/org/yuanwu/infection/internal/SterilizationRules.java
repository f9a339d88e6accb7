package org.yuanwu.infection.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.yuanwu.infection.TestResult;

/**
 * The sterile supply rules (WS 310.3): nothing leaves a load whose Bowie-Dick test (pre-vacuum, the day's first load)
 * or chemical indicator failed, or whose biological indicator failed; a biological failure recalls every load of
 * that sterilizer since its last passing biological test; biological monitoring is due once a week (Monday–Sunday).
 */
public final class SterilizationRules {

    private SterilizationRules() {
    }

    public static boolean released(TestResult bowieDick, TestResult chemical, TestResult biological) {
        return bowieDick != TestResult.FAIL && chemical == TestResult.PASS && biological != TestResult.FAIL;
    }

    /** Every recorded result passed (a pending biological indicator does not count against it). */
    public static boolean passed(TestResult bowieDick, TestResult chemical, TestResult biological) {
        return bowieDick != TestResult.FAIL && bowieDick != TestResult.PENDING && chemical == TestResult.PASS
                && biological != TestResult.FAIL;
    }

    public static boolean biologicalDue(LocalDate lastBiological, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return lastBiological == null || lastBiological.isBefore(monday);
    }
}
