package org.yuanwu.union.internal.health;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** One person due for a campaign's check, and the day she attended (nothing about what was found). */
@Entity
@Table(name = "union_health_attendee")
public class HealthAttendee {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "union_health_attendee_seq")
    @SequenceGenerator(name = "union_health_attendee_seq", sequenceName = "union_health_attendee_seq", allocationSize = 50)
    private Long id;
    @Column(name = "campaign_id")
    private Long campaignId;
    @Column(name = "staff_id")
    private Long staffId;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "attended_on")
    private LocalDate attendedOn;
    @Version
    private long version;

    protected HealthAttendee() {
    }

    public HealthAttendee(Long campaignId, Long staffId, Long unitId) {
        this.campaignId = campaignId;
        this.staffId = staffId;
        this.unitId = unitId;
    }

    public void setAttendedOn(LocalDate attendedOn) { this.attendedOn = attendedOn; }
    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public Long getStaffId() { return staffId; }
    public Long getUnitId() { return unitId; }
    public LocalDate getAttendedOn() { return attendedOn; }
    public long getVersion() { return version; }
}
