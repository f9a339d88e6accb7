package org.yuanwu.party;

/** How often a kind of meeting must be held: {@code perPeriod} times every month or quarter (kept as data). */
public record Rhythm(MeetingKind kind, RhythmPeriod period, int perPeriod) {
}
