package org.yuanwu.infection;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A sampling row with its rates: the share with antibiotics against the national ceiling, drugs per such prescription. */
public record PrescriptionSampleView(Long id, Long unitId, String unitName, LocalDate monthStart, PrescriptionSetting setting,
                                     int sampled, int withAntibiotics, int antibioticDrugs, int injections, BigDecimal ratePercent,
                                     BigDecimal limitPercent, boolean overLimit, BigDecimal drugsPerPrescription,
                                     BigDecimal injectionPercent, String recordedBy, long version) {
}
