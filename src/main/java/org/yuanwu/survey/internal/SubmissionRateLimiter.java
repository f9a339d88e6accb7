package org.yuanwu.survey.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code max} public submissions per client address and questionnaire within a sliding
 * window. Kept in memory: a restart forgets, which is acceptable for a brake on ballot stuffing.
 */
public class SubmissionRateLimiter {

    private final int max;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    public SubmissionRateLimiter(int max, Duration window, Clock clock) {
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    /** Records a submission and returns true, or returns false (recording nothing) when over the limit. */
    public boolean tryAcquire(String address, Long questionnaireId) {
        String key = address + "|" + questionnaireId;
        Instant now = clock.instant();
        Instant cutoff = now.minus(window);
        Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                return false;
            }
            times.addLast(now);
        }
        if (recent.size() > 10_000) {
            prune(cutoff);
        }
        return true;
    }

    public int max() {
        return max;
    }

    public Duration window() {
        return window;
    }

    private void prune(Instant cutoff) {
        for (Iterator<Map.Entry<String, Deque<Instant>>> it = recent.entrySet().iterator(); it.hasNext(); ) {
            Deque<Instant> times = it.next().getValue();
            synchronized (times) {
                if (times.isEmpty() || !times.peekLast().isAfter(cutoff)) {
                    it.remove();
                }
            }
        }
    }
}
