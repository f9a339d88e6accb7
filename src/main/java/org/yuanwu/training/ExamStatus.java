package org.yuanwu.training;

/** DRAFT while the paper and candidates are set up; PUBLISHED once candidates may sit it; WITHDRAWN with a reason. */
public enum ExamStatus {
    DRAFT, PUBLISHED, WITHDRAWN;

    public String badgeClass() {
        return switch (this) {
            case DRAFT -> "text-bg-secondary";
            case PUBLISHED -> "text-bg-success";
            case WITHDRAWN -> "text-bg-dark";
        };
    }
}
