package org.yuanwu.infection;

/**
 * A department's sampling for a month ("2026-03"): prescriptions (or discharged inpatients) sampled, how many with
 * antibiotics, the antibiotic drugs on them, and how many of those were injections.
 */
public record PrescriptionSampleForm(Long unitId, String month, PrescriptionSetting setting, Integer sampled,
                                     Integer withAntibiotics, Integer antibioticDrugs, Integer injections, Long version) {
}
