package org.yuanwu.safety;

/** The quality office's triage of a reported event: accept as reported, accept with another type/level, or not an event. */
public enum TriageDecision {
    ACCEPT, RECLASSIFY, NOT_EVENT
}
