package org.yuanwu.quality.internal.radiology;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yuanwu.quality.*;

@Entity
@Table(name = "quality_radiology_image")
public class RadiologyImage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_radiology_image_gen")
    @SequenceGenerator(name = "quality_radiology_image_gen", sequenceName = "quality_radiology_seq", allocationSize = 50)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "exam_no")
    private String examNo;
    @Column(name = "exam_on")
    private LocalDate examOn;
    @Column(name = "technologist_id")
    private Long technologistId;
    @Column(name = "device_id")
    private Long deviceId;
    @Enumerated(EnumType.STRING)
    private RadiologyGrade grade;
    private String note;
    @Column(name = "graded_by")
    private String gradedBy;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected RadiologyImage() {
    }

    public RadiologyImage(RadiologyForms.Image f, String by, Instant now) {
        unitId = f.unitId();
        examNo = f.examNo().strip();
        examOn = f.examOn();
        technologistId = f.technologistId();
        deviceId = f.deviceId();
        grade = f.grade();
        note = f.note() == null || f.note().isBlank() ? null : f.note().strip();
        gradedBy = by;
        createdAt = now;
        updatedAt = now;
    }

    public void voidWith(String reason, Instant now) {
        voidReason = reason;
        updatedAt = now;
    }

    public boolean isVoid() { return voidReason != null; }
    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public String getVoidReason() { return voidReason; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public String getExamNo() { return examNo; }
    public LocalDate getExamOn() { return examOn; }
    public Long getTechnologistId() { return technologistId; }
    public Long getDeviceId() { return deviceId; }
    public RadiologyGrade getGrade() { return grade; }
    public String getNote() { return note; }
    public String getGradedBy() { return gradedBy; }
}
