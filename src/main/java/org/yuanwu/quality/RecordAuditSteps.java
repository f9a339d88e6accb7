package org.yuanwu.quality;

/** Bodies of the steps on an audited record; each carries the version the caller saw. */
public final class RecordAuditSteps {

    private RecordAuditSteps() {
    }

    /** The unit's correction of a held record. */
    public record Correction(String correction, Long version) {
    }

    /** The auditor's re-check of a corrected record: accepted lifts the hold, else it is held again. */
    public record Recheck(Boolean accepted, String note, Long version) {
    }

    /** An audit entered in error, taken out with a reason (it stays on record, no longer counted). */
    public record Voiding(String reason, Long version) {
    }
}
