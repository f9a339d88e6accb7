package org.yuanwu.union;

public enum MemberEventKind {
    JOIN, TRANSFER, LEAVE, RETIRE
}
