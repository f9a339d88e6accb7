package org.yuanwu.plan;

/** What happened to a plan, as kept in its history. */
public enum PlanAction {
    CREATE, COPY, SUBMIT, APPROVE, RETURN, START, CLOSE, COMMENT
}
