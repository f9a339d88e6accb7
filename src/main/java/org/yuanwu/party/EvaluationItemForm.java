package org.yuanwu.party;

/** A score item as entered: its name, the most points it gives, whether it is still in use. */
public record EvaluationItemForm(String name, Integer maxScore, Boolean active, Long version) {
}
