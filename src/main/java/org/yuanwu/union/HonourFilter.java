package org.yuanwu.union;

/** Search criteria for honours, all optional: text in title or awarding body, level, status, year, unit subtree. */
public record HonourFilter(String q, HonourLevel level, HonourStatus status, Integer year, Long unitId) {

    public static HonourFilter none() {
        return new HonourFilter(null, null, null, null, null);
    }
}
