package org.yuanwu.quality;

/** MONTHLY: one inspection per ward of a subtree by the nursing department; CROSS: wards inspect each other. */
public enum RoundKind { MONTHLY, CROSS }
