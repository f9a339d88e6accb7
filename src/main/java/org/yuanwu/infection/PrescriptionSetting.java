package org.yuanwu.infection;

/** Where antibiotic use is sampled; each has its national ceiling (antibiotic_targets.csv). */
public enum PrescriptionSetting {
    OUTPATIENT("outpatient_prescriptions_with_antibiotics"),
    EMERGENCY("emergency_prescriptions_with_antibiotics"),
    INPATIENT("inpatient_antibiotic_use_rate");

    private final String targetKey;

    PrescriptionSetting(String targetKey) {
        this.targetKey = targetKey;
    }

    public String targetKey() {
        return targetKey;
    }
}
