package org.yuanwu.infection;

public enum SuspectStatus {
    NEW, CONFIRMED, DISMISSED
}
