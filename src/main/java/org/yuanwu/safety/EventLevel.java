package org.yuanwu.safety;

/**
 * The national nursing adverse-event levels (护理不良事件分级): I 警讯事件 (sentinel: death or permanent harm not due
 * to the illness), II 不良后果事件 (harm), III 未造成后果事件 (reached the patient, no harm), IV 隐患事件/临界错误
 * (near miss or hazard, did not reach the patient).
 */
public enum EventLevel {
    I, II, III, IV;

    /** Levels I and II need a root-cause analysis before the event can be closed. */
    public boolean needsRootCauseAnalysis() {
        return this == I || this == II;
    }

    public String badgeClass() {
        return switch (this) {
            case I -> "text-bg-danger";
            case II -> "text-bg-warning";
            case III -> "text-bg-info";
            case IV -> "text-bg-secondary";
        };
    }
}
