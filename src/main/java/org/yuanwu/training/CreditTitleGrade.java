package org.yuanwu.training;

import org.yuanwu.organization.ProfessionalTitle;

/** The grade of a professional title the yearly credit requirement is set by: 初级 (士/师), 中级, 高级, or no title. */
public enum CreditTitleGrade {
    JUNIOR, INTERMEDIATE, SENIOR, UNTITLED;

    public static CreditTitleGrade of(ProfessionalTitle title) {
        if (title == null) {
            return UNTITLED;
        }
        return switch (title) {
            case NURSE, NURSE_PRACTITIONER, DOCTOR_ASSISTANT, DOCTOR, TECHNICIAN_ASSISTANT, TECHNICIAN,
                 PHARMACIST_ASSISTANT, PHARMACIST -> JUNIOR;
            case NURSE_SUPERVISOR, DOCTOR_ATTENDING, TECHNICIAN_SUPERVISOR, PHARMACIST_SUPERVISOR -> INTERMEDIATE;
            default -> SENIOR;
        };
    }
}
