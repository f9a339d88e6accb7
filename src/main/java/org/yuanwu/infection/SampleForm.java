package org.yuanwu.infection;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.yuanwu.organization.HygieneClass;

/**
 * A sample result. {@code environmentClass} defaults to the unit's hygiene class; {@code resampleOf} names the failed
 * sample this one re-tests (a pass closes it).
 */
public record SampleForm(Long unitId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampledOn, SampleKind kind,
                         String site, HygieneClass environmentClass, BigDecimal resultCfu, Long resampleOf) {
}
