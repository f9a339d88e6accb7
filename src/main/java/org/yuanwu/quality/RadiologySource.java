package org.yuanwu.quality;

/** What the final diagnosis came from. */
public enum RadiologySource { PATHOLOGY, SURGERY, CLINICAL_FOLLOWUP }
