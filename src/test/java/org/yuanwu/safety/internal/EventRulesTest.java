package org.yuanwu.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yuanwu.safety.EventLevel;
import org.yuanwu.safety.EventStatus;

class EventRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void sameTypeEarlierWithinTheWindowIsARepeat() {
        assertThat(EventRules.repeats(DAY.minusDays(10), DAY, 90)).isTrue();
        assertThat(EventRules.repeats(DAY, DAY, 90)).isTrue();
    }

    @Test
    void theWindowsFirstDayStillCountsButTheDayBeforeDoesNot() {
        assertThat(EventRules.repeats(DAY.minusDays(90), DAY, 90)).isTrue();
        assertThat(EventRules.repeats(DAY.minusDays(91), DAY, 90)).isFalse();
    }

    @Test
    void aLaterEventDoesNotMakeAnEarlierOneARepeat() {
        assertThat(EventRules.repeats(DAY.plusDays(1), DAY, 90)).isFalse();
    }

    @Test
    void levelsOneAndTwoCannotBeClosedWithoutRootCauseAnalysis() {
        assertThat(EventRules.closingBlocker(EventStatus.ACCEPTED, EventLevel.I, false, false, null))
                .isEqualTo("event.error.rcaRequired");
        assertThat(EventRules.closingBlocker(EventStatus.ACCEPTED, EventLevel.II, false, false, null))
                .isEqualTo("event.error.rcaRequired");
        assertThat(EventRules.closingBlocker(EventStatus.ACCEPTED, EventLevel.II, true, false, null)).isNull();
    }

    @Test
    void levelsThreeAndFourCloseWithoutRootCauseAnalysis() {
        assertThat(EventRules.closingBlocker(EventStatus.ACCEPTED, EventLevel.III, false, false, null)).isNull();
        assertThat(EventRules.closingBlocker(EventStatus.ACCEPTED, EventLevel.IV, false, false, null)).isNull();
        assertThat(EventLevel.III.needsRootCauseAnalysis()).isFalse();
    }

    @Test
    void aRepeatNeedsTheUnitHeadsAnswerBeforeClosing() {
        assertThat(EventRules.closingBlocker(EventStatus.ACCEPTED, EventLevel.IV, false, true, " "))
                .isEqualTo("event.error.accountabilityMissing");
        assertThat(EventRules.closingBlocker(EventStatus.ACCEPTED, EventLevel.IV, false, true, "护士长扣绩效")).isNull();
    }

    @Test
    void onlyAnAcceptedEventCanBeClosed() {
        assertThat(EventRules.closingBlocker(EventStatus.REPORTED, EventLevel.IV, false, false, null))
                .isEqualTo("event.error.closeNotAccepted");
        assertThat(EventRules.closingBlocker(EventStatus.NOT_EVENT, EventLevel.IV, false, false, null))
                .isEqualTo("event.error.closeNotAccepted");
    }

    @Test
    void anOnsetInTheFutureIsRefusedBeyondAFewMinutesOfClockDrift() {
        Instant now = Instant.parse("2026-11-20T02:00:00Z");
        assertThat(EventRules.inFuture(now.plusSeconds(3600), now)).isTrue();
        assertThat(EventRules.inFuture(now.plusSeconds(60), now)).isFalse();
        assertThat(EventRules.inFuture(now.minusSeconds(3600), now)).isFalse();
    }

    @Test
    void onlyAcceptedOrClosedEventsAreCounted() {
        assertThat(EventRules.counted(EventStatus.ACCEPTED)).isTrue();
        assertThat(EventRules.counted(EventStatus.CLOSED)).isTrue();
        assertThat(EventRules.counted(EventStatus.REPORTED)).isFalse();
        assertThat(EventRules.counted(EventStatus.NOT_EVENT)).isFalse();
    }
}
