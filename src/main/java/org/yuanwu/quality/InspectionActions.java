package org.yuanwu.quality;

/** Which buttons of an inspection will work for the caller now. */
public record InspectionActions(boolean score, boolean submit, boolean review, boolean signOff, boolean returnToInspector,
                                boolean withdraw) {
}
