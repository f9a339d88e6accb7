package org.yuanwu.infection.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

@Entity
@Table(name = "infection_uv_reading")
public class UvReading {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "infection_uv_reading_seq")
    @SequenceGenerator(name = "infection_uv_reading_seq", sequenceName = "infection_uv_reading_seq", allocationSize = 50)
    private Long id;
    @Column(name = "lamp_id")
    private Long lampId;
    @Column(name = "measured_on")
    private LocalDate measuredOn;
    private BigDecimal intensity;
    @Column(name = "new_lamp_test")
    private boolean newLampTest;
    @Column(name = "limit_value")
    private BigDecimal limitValue;
    private boolean passed;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected UvReading() {
    }

    public UvReading(Long lampId, LocalDate measuredOn, BigDecimal intensity, boolean newLampTest, BigDecimal limitValue,
                     String by, Instant now) {
        this.lampId = lampId;
        this.measuredOn = measuredOn;
        this.intensity = intensity;
        this.newLampTest = newLampTest;
        this.limitValue = limitValue;
        this.passed = intensity.compareTo(limitValue) >= 0;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lampId", lampId);
        m.put("measuredOn", measuredOn.toString());
        m.put("intensity", intensity.toPlainString());
        m.put("newLampTest", newLampTest);
        m.put("limit", limitValue.toPlainString());
        m.put("passed", passed);
        return m;
    }

    public Long getId() { return id; }
    public Long getLampId() { return lampId; }
    public LocalDate getMeasuredOn() { return measuredOn; }
    public BigDecimal getIntensity() { return intensity; }
    public boolean isNewLampTest() { return newLampTest; }
    public BigDecimal getLimitValue() { return limitValue; }
    public boolean isPassed() { return passed; }
}
