package org.yuanwu.union.internal.health;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Entity
@Table(name = "union_health_campaign")
public class HealthCampaign {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "union_health_campaign_seq")
    @SequenceGenerator(name = "union_health_campaign_seq", sequenceName = "union_health_campaign_seq", allocationSize = 50)
    private Long id;
    @Column(name = "check_year")
    private int checkYear;
    private String provider;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "audience_all")
    private boolean audienceAll;
    /** The audience units' ids, comma-separated; the due list itself is stored per person. */
    @Column(name = "audience_units")
    private String audienceUnits;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected HealthCampaign() {
    }

    public HealthCampaign(int year, String provider, LocalDate startsOn, LocalDate endsOn, boolean all, List<Long> units,
                          String by, Instant now) {
        this.checkYear = year;
        this.provider = provider;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.audienceAll = all;
        this.audienceUnits = all || units == null ? null : String.join(",", units.stream().map(String::valueOf).toList());
        this.createdBy = by;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void reschedule(String provider, LocalDate startsOn, LocalDate endsOn, Instant now) {
        this.provider = provider;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.updatedAt = now;
    }

    public List<Long> audienceUnitIds() {
        return audienceUnits == null || audienceUnits.isBlank() ? List.of()
                : Arrays.stream(audienceUnits.split(",")).map(Long::valueOf).toList();
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", checkYear);
        m.put("provider", provider);
        m.put("startsOn", startsOn);
        m.put("endsOn", endsOn);
        m.put("audienceAll", audienceAll);
        m.put("audienceUnits", audienceUnits);
        return m;
    }

    public Long getId() { return id; }
    public int getCheckYear() { return checkYear; }
    public String getProvider() { return provider; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public boolean isAudienceAll() { return audienceAll; }
    public long getVersion() { return version; }
}
