package org.yuanwu.infection;

/** Kinds of sterilizer; a pre-vacuum steam sterilizer needs a passing Bowie-Dick test before the day's first load. */
public enum SterilizerKind {
    PREVACUUM_STEAM, GRAVITY_STEAM, LOW_TEMPERATURE;

    public boolean needsBowieDick() {
        return this == PREVACUUM_STEAM;
    }
}
