package org.yuanwu.infection;

/** What an environment or disinfection sample tests; each is judged against its limit in GB 15982-2012. */
public enum SampleKind {
    AIR, SURFACE, HANDS_HYGIENIC, HANDS_SURGICAL, DISINFECTANT_STERILANT, DISINFECTANT_SKIN_MUCOSA, DISINFECTANT_OTHER;

    /** Air and surfaces are judged by the room's environment class; hands and disinfectants are not. */
    public boolean needsEnvironmentClass() {
        return this == AIR || this == SURFACE;
    }

    public boolean disinfectant() {
        return name().startsWith("DISINFECTANT");
    }
}
