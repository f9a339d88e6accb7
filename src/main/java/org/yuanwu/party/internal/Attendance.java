package org.yuanwu.party.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Whether one person attended a meeting or study session, and why not. */
@Embeddable
public class Attendance {

    @Column(name = "present")
    private boolean present;
    @Column(name = "absence_reason")
    private String absenceReason;

    protected Attendance() {
    }

    public Attendance(boolean present, String absenceReason) {
        this.present = present;
        this.absenceReason = present ? null : absenceReason;
    }

    public boolean isPresent() { return present; }
    public String getAbsenceReason() { return absenceReason; }
}
