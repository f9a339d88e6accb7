package org.yuanwu.training.internal.exam;

import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Runs a request's transaction again when it lost a race on a shared row. Grading publishes exam
 * facts, and the indicator roll-up adds a month's row with update-then-insert: when many candidates
 * of one ward submit in the same second, two may both insert the new row and one fails. Its
 * transaction rolled back whole, so running it once more (the row now exists) is safe.
 */
final class FactRace {

    private static final int ATTEMPTS = 3;

    private FactRace() {
    }

    static <T> T retry(Supplier<T> work) {
        for (int i = 1; ; i++) {
            try {
                return work.get();
            } catch (DataIntegrityViolationException e) {
                if (i >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
