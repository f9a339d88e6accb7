package org.yuanwu.organization;

/** Professional (technical) titles of the four health series, junior to senior. */
public enum ProfessionalTitle {
    NURSE("护士", Series.NURSING), NURSE_PRACTITIONER("护师", Series.NURSING),
    NURSE_SUPERVISOR("主管护师", Series.NURSING), NURSE_ASSOCIATE_CHIEF("副主任护师", Series.NURSING),
    NURSE_CHIEF("主任护师", Series.NURSING),
    DOCTOR_ASSISTANT("医士", Series.MEDICAL), DOCTOR("医师", Series.MEDICAL),
    DOCTOR_ATTENDING("主治医师", Series.MEDICAL), DOCTOR_ASSOCIATE_CHIEF("副主任医师", Series.MEDICAL),
    DOCTOR_CHIEF("主任医师", Series.MEDICAL),
    TECHNICIAN_ASSISTANT("技士", Series.TECHNICAL), TECHNICIAN("技师", Series.TECHNICAL),
    TECHNICIAN_SUPERVISOR("主管技师", Series.TECHNICAL), TECHNICIAN_ASSOCIATE_CHIEF("副主任技师", Series.TECHNICAL),
    TECHNICIAN_CHIEF("主任技师", Series.TECHNICAL),
    PHARMACIST_ASSISTANT("药士", Series.PHARMACY), PHARMACIST("药师", Series.PHARMACY),
    PHARMACIST_SUPERVISOR("主管药师", Series.PHARMACY), PHARMACIST_ASSOCIATE_CHIEF("副主任药师", Series.PHARMACY),
    PHARMACIST_CHIEF("主任药师", Series.PHARMACY);

    public enum Series { NURSING, MEDICAL, TECHNICAL, PHARMACY }

    private final String zh;
    private final Series series;

    ProfessionalTitle(String zh, Series series) {
        this.zh = zh;
        this.series = series;
    }

    public String zh() {
        return zh;
    }

    public Series series() {
        return series;
    }

    public boolean isNursing() {
        return series == Series.NURSING;
    }
}
