package org.yuanwu.plan;

/** A plan item either names an indicator with a target, or is a deliverable ticked off with evidence. */
public enum ItemKind {
    INDICATOR, DELIVERABLE
}
