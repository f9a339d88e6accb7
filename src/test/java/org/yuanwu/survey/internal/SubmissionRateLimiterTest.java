package org.yuanwu.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SubmissionRateLimiterTest {

    /** A clock the test moves by hand. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-24T02:00:00Z");
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void theEleventhSubmissionFromOneAddressWithinTenMinutesIsRefused() {
        SubmissionRateLimiter limiter = new SubmissionRateLimiter(10, Duration.ofMinutes(10), new MovingClock());
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1", 1L)).isTrue();
        }
        assertThat(limiter.tryAcquire("10.0.0.1", 1L)).isFalse();
    }

    @Test
    void otherAddressesAndOtherQuestionnairesHaveTheirOwnAllowance() {
        SubmissionRateLimiter limiter = new SubmissionRateLimiter(1, Duration.ofMinutes(10), new MovingClock());
        assertThat(limiter.tryAcquire("10.0.0.1", 1L)).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1", 1L)).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.2", 1L)).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1", 2L)).isTrue();
    }

    @Test
    void submissionsOlderThanTheWindowNoLongerCount() {
        MovingClock clock = new MovingClock();
        SubmissionRateLimiter limiter = new SubmissionRateLimiter(2, Duration.ofMinutes(10), clock);
        assertThat(limiter.tryAcquire("10.0.0.1", 1L)).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        assertThat(limiter.tryAcquire("10.0.0.1", 1L)).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1", 1L)).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(5)); // the first one is now 11 minutes old
        assertThat(limiter.tryAcquire("10.0.0.1", 1L)).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1", 1L)).isFalse();
    }
}
