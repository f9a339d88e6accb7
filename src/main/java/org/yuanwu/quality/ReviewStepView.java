package org.yuanwu.quality;

import java.time.Instant;

public record ReviewStepView(ReviewStepKind step, String actor, String comment, Instant occurredAt) {
}
