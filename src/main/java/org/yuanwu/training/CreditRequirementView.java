package org.yuanwu.training;

import java.math.BigDecimal;
import java.time.Instant;

/** The credits a person of the title grade must earn in a year. */
public record CreditRequirementView(CreditTitleGrade grade, BigDecimal creditsRequired, String updatedBy,
                                    Instant updatedAt, long version) {
}
