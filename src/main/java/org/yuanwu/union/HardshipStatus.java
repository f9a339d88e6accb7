package org.yuanwu.union;

public enum HardshipStatus {
    ACTIVE, CLOSED
}
