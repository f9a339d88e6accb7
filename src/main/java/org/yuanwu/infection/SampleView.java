package org.yuanwu.infection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.yuanwu.organization.HygieneClass;

public record SampleView(Long id, Long unitId, String unitName, LocalDate sampledOn, SampleKind kind, String site,
                         HygieneClass environmentClass, BigDecimal resultCfu, BigDecimal limitCfu, boolean passed,
                         FollowUp followUp, String correctiveAction, Long resampleOf, String closedBy, Instant closedAt,
                         String recordedBy, Instant recordedAt, String withdrawnReason, long version) {
}
