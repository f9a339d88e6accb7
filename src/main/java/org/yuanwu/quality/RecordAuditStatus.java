package org.yuanwu.quality;

/**
 * Where an audited record stands toward the archive: PASSED may be archived; a failed record is HELD ("not
 * archived until corrected"), CORRECTED once the unit says it has fixed it, RELEASED when the auditor's
 * re-check accepts the correction (then it may be archived); VOID when the audit was entered in error.
 */
public enum RecordAuditStatus {
    PASSED, HELD, CORRECTED, RELEASED, VOID;

    public boolean mayArchive() {
        return this == PASSED || this == RELEASED;
    }

    public String badgeClass() {
        return switch (this) {
            case PASSED, RELEASED -> "text-bg-success";
            case HELD -> "text-bg-danger";
            case CORRECTED -> "text-bg-warning";
            case VOID -> "text-bg-secondary";
        };
    }

    /** The hold rules: the unit corrects a held record; the auditor re-checks only a corrected one. */
    public RecordAuditStatus corrected() {
        if (this != HELD) {
            throw new IllegalStateException("only a held record can be corrected");
        }
        return CORRECTED;
    }

    public RecordAuditStatus rechecked(boolean accepted) {
        if (this != CORRECTED) {
            throw new IllegalStateException("only a corrected record can be re-checked");
        }
        return accepted ? RELEASED : HELD;
    }
}
