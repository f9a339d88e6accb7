package org.yuanwu.demo;

import java.util.List;
import java.util.Random;

/** A value with a relative weight: the demo's distributions are lists of these. */
record Odds<T>(T value, int weight) {

    static <T> Odds<T> of(T value, int weight) {
        return new Odds<>(value, weight);
    }

    /** Draws one value with probability proportional to its weight. */
    static <T> T pick(Random random, List<Odds<T>> odds) {
        int total = odds.stream().mapToInt(Odds::weight).sum();
        int ticket = random.nextInt(total);
        for (Odds<T> o : odds) {
            ticket -= o.weight();
            if (ticket < 0) {
                return o.value();
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    /** Draws an index of {@code weights} (a row of a table) in proportion to its entry. */
    static int pickIndex(Random random, int[] weights) {
        int ticket = random.nextInt(java.util.Arrays.stream(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            ticket -= weights[i];
            if (ticket < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }
}
