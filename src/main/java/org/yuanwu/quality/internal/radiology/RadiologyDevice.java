package org.yuanwu.quality.internal.radiology;

import jakarta.persistence.*;
import java.time.Instant;
import org.yuanwu.quality.RadiologyForms;
import org.yuanwu.quality.RadiologyModality;

@Entity
@Table(name = "quality_radiology_device")
public class RadiologyDevice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_radiology_device_gen")
    @SequenceGenerator(name = "quality_radiology_device_gen", sequenceName = "quality_radiology_seq", allocationSize = 50)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private RadiologyModality modality;
    private boolean active;
    @Column(name = "retired_reason")
    private String retiredReason;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected RadiologyDevice() {
    }

    public RadiologyDevice(RadiologyForms.Device f, String by, Instant now) {
        unitId = f.unitId();
        code = f.code().strip();
        name = f.name().strip();
        modality = f.modality();
        active = true;
        createdBy = by;
        createdAt = now;
        updatedAt = now;
    }

    public void retire(String reason, Instant now) {
        active = false;
        retiredReason = reason;
        updatedAt = now;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public RadiologyModality getModality() { return modality; }
    public boolean isActive() { return active; }
    public String getRetiredReason() { return retiredReason; }
    public long getVersion() { return version; }
}
