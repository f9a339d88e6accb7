package org.yuanwu.infection;

/** The device an infection is associated with, for the device-associated rates. */
public enum DeviceAssociation {
    NONE, CENTRAL_LINE, URINARY_CATHETER, VENTILATOR;

    /**
     * The device-associated measure the case counts toward, or null: a bloodstream infection with a central line
     * (CLABSI), a urinary infection with a catheter (CAUTI), a lower-respiratory infection on a ventilator (VAP).
     */
    public String measureFor(InfectionSite site) {
        return switch (this) {
            case CENTRAL_LINE -> site == InfectionSite.BLOODSTREAM ? "infection.clabsi_cases" : null;
            case URINARY_CATHETER -> site == InfectionSite.URINARY ? "infection.cauti_cases" : null;
            case VENTILATOR -> site == InfectionSite.LOWER_RESPIRATORY ? "infection.vap_cases" : null;
            case NONE -> null;
        };
    }
}
