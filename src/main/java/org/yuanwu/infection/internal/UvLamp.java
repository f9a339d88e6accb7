package org.yuanwu.infection.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.infection.UvLampType;

@Entity
@Table(name = "infection_uv_lamp")
public class UvLamp {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "infection_uv_lamp_seq")
    @SequenceGenerator(name = "infection_uv_lamp_seq", sequenceName = "infection_uv_lamp_seq", allocationSize = 50)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    private String location;
    @Enumerated(EnumType.STRING)
    @Column(name = "lamp_type")
    private UvLampType lampType;
    @Column(name = "installed_on")
    private LocalDate installedOn;
    @Column(name = "hours_used")
    private int hoursUsed;
    @Column(name = "retired_on")
    private LocalDate retiredOn;
    @Column(name = "retire_reason")
    private String retireReason;
    @Version
    private long version;

    protected UvLamp() {
    }

    public UvLamp(Long unitId, String location, UvLampType lampType, LocalDate installedOn, int hoursUsed) {
        this.unitId = unitId;
        this.location = location;
        this.lampType = lampType;
        this.installedOn = installedOn;
        this.hoursUsed = hoursUsed;
    }

    public void hours(int hoursUsed) {
        this.hoursUsed = hoursUsed;
    }

    public void retire(LocalDate on, String reason) {
        this.retiredOn = on;
        this.retireReason = reason;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("location", location);
        m.put("lampType", lampType.name());
        m.put("installedOn", String.valueOf(installedOn));
        m.put("hoursUsed", hoursUsed);
        m.put("retiredOn", retiredOn == null ? null : retiredOn.toString());
        m.put("retireReason", retireReason);
        return m;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public String getLocation() { return location; }
    public UvLampType getLampType() { return lampType; }
    public LocalDate getInstalledOn() { return installedOn; }
    public int getHoursUsed() { return hoursUsed; }
    public LocalDate getRetiredOn() { return retiredOn; }
    public String getRetireReason() { return retireReason; }
    public long getVersion() { return version; }
}
