package org.yuanwu.party;

/** A score item of the monthly conduct evaluation. */
public record EvaluationItemView(Long id, String name, int maxScore, int sortOrder, boolean active, long version) {
}
