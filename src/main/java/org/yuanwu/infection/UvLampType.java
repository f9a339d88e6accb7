package org.yuanwu.infection;

public enum UvLampType {
    ORDINARY_30W, HIGH_INTENSITY
}
