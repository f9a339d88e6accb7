package org.yuanwu.union;

public enum RetireeCareKind {
    VISIT, FESTIVAL, BIRTHDAY, ILLNESS, OTHER
}
