package org.yuanwu.quality;

/** DRAFT → SUBMITTED → REVIEWED → PUBLISHED (signed off); WITHDRAWN with a reason (its facts are withdrawn). */
public enum InspectionStatus {
    DRAFT, SUBMITTED, REVIEWED, PUBLISHED, WITHDRAWN;

    public String badgeClass() {
        return switch (this) {
            case DRAFT -> "text-bg-secondary";
            case SUBMITTED -> "text-bg-info";
            case REVIEWED -> "text-bg-primary";
            case PUBLISHED -> "text-bg-success";
            case WITHDRAWN -> "text-bg-dark";
        };
    }
}
