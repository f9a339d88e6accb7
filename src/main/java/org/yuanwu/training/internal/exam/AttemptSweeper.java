package org.yuanwu.training.internal.exam;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.yuanwu.training.AttemptService;

/**
 * Submits online attempts whose deadline has passed, with the answers saved by then, so results
 * do not wait for the candidate to come back. Each attempt in its own transaction.
 */
@Configuration
@EnableScheduling
class AttemptSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(AttemptSweeper.class);

    private final AttemptService attempts;

    AttemptSweeper(AttemptService attempts) {
        this.attempts = attempts;
    }

    @Scheduled(fixedDelayString = "${yuanwu.training.sweep-millis:30000}", initialDelay = 30000)
    void sweep() {
        for (Long id : attempts.overdueAttemptIds()) {
            try {
                attempts.submitIfOverdue(id);
            } catch (RuntimeException e) {
                // submitted concurrently by the candidate, or a transient failure: the next sweep retries
                LOG.debug("Sweep skipped attempt {}: {}", id, e.toString());
            }
        }
    }
}
