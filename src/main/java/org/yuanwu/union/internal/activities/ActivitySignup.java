package org.yuanwu.union.internal.activities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "union_activity_signup")
public class ActivitySignup {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "union_activity_signup_seq")
    @SequenceGenerator(name = "union_activity_signup_seq", sequenceName = "union_activity_signup_seq", allocationSize = 50)
    private Long id;
    @Column(name = "activity_id")
    private Long activityId;
    @Column(name = "staff_id")
    private Long staffId;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "signed_up_at")
    private Instant signedUpAt;
    @Column(name = "signed_up_by")
    private String signedUpBy;
    private boolean withdrawn;
    private Boolean attended;
    @Version
    private long version;

    protected ActivitySignup() {
    }

    public ActivitySignup(Long activityId, Long staffId, Long unitId, String by, Instant at) {
        this.activityId = activityId;
        this.staffId = staffId;
        this.unitId = unitId;
        this.signedUpBy = by;
        this.signedUpAt = at;
    }

    /** Signs up again after withdrawing (one row per activity and person). */
    public void renew(String by, Instant at) {
        withdrawn = false;
        attended = null;
        signedUpBy = by;
        signedUpAt = at;
    }

    public void withdraw() { withdrawn = true; }
    public void setAttended(Boolean attended) { this.attended = attended; }
    public Long getId() { return id; }
    public Long getActivityId() { return activityId; }
    public Long getStaffId() { return staffId; }
    public Long getUnitId() { return unitId; }
    public Instant getSignedUpAt() { return signedUpAt; }
    public boolean isWithdrawn() { return withdrawn; }
    public Boolean getAttended() { return attended; }
}
