package org.yuanwu.training.internal.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.yuanwu.training.AbsenceReason;
import org.yuanwu.training.AttendanceStatus;

/** One staff member invited to (or walked into) a session; name and unit are kept as they were then. */
@Entity
@Table(name = "training_invitee")
public class Invitee {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_invitee_seq")
    @SequenceGenerator(name = "training_invitee_seq", sequenceName = "training_invitee_seq", allocationSize = 50)
    private Long id;
    @Column(name = "session_id")
    private Long sessionId;
    @Column(name = "staff_id")
    private Long staffId;
    @Column(name = "staff_name")
    private String staffName;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "walk_in")
    private boolean walkIn;
    @Enumerated(EnumType.STRING)
    private AttendanceStatus attendance = AttendanceStatus.PENDING;
    @Enumerated(EnumType.STRING)
    @Column(name = "absence_reason")
    private AbsenceReason absenceReason;
    @Column(name = "signed_in_at")
    private Instant signedInAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Invitee() {
    }

    public Invitee(Long sessionId, Long staffId, String staffName, Long unitId, boolean walkIn) {
        this.sessionId = sessionId;
        this.staffId = staffId;
        this.staffName = staffName;
        this.unitId = unitId;
        this.walkIn = walkIn;
    }

    /** True when anything changed. */
    public boolean mark(AttendanceStatus status, AbsenceReason reason, String by, Instant at) {
        AbsenceReason newReason = status == AttendanceStatus.ABSENT ? reason : null;
        if (status == attendance && newReason == absenceReason) {
            return false;
        }
        attendance = status;
        absenceReason = newReason;
        recordedBy = by;
        recordedAt = at;
        return true;
    }

    public void signedIn(Instant at) {
        attendance = AttendanceStatus.PRESENT;
        absenceReason = null;
        signedInAt = at;
        recordedBy = staffName;
        recordedAt = at;
    }

    public Long getId() { return id; }
    public Long getSessionId() { return sessionId; }
    public Long getStaffId() { return staffId; }
    public String getStaffName() { return staffName; }
    public Long getUnitId() { return unitId; }
    public boolean isWalkIn() { return walkIn; }
    public AttendanceStatus getAttendance() { return attendance; }
    public AbsenceReason getAbsenceReason() { return absenceReason; }
    public Instant getSignedInAt() { return signedInAt; }
    public String getRecordedBy() { return recordedBy; }
}
