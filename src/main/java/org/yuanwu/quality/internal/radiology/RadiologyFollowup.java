package org.yuanwu.quality.internal.radiology;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yuanwu.quality.*;

@Entity
@Table(name = "quality_radiology_followup")
public class RadiologyFollowup {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_radiology_followup_gen")
    @SequenceGenerator(name = "quality_radiology_followup_gen", sequenceName = "quality_radiology_seq", allocationSize = 50)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "exam_no")
    private String examNo;
    @Column(name = "radiology_diagnosis")
    private String radiologyDiagnosis;
    @Column(name = "final_diagnosis")
    private String finalDiagnosis;
    @Enumerated(EnumType.STRING)
    private RadiologySource source;
    @Enumerated(EnumType.STRING)
    private RadiologyConcordance concordance;
    @Column(name = "followed_on")
    private LocalDate followedOn;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected RadiologyFollowup() {
    }

    public RadiologyFollowup(RadiologyForms.Followup f, String by, Instant now) {
        unitId = f.unitId();
        examNo = f.examNo().strip();
        radiologyDiagnosis = f.radiologyDiagnosis().strip();
        finalDiagnosis = f.finalDiagnosis().strip();
        source = f.source();
        concordance = f.concordance();
        followedOn = f.followedOn();
        recordedBy = by;
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
    public String getRadiologyDiagnosis() { return radiologyDiagnosis; }
    public String getFinalDiagnosis() { return finalDiagnosis; }
    public RadiologySource getSource() { return source; }
    public RadiologyConcordance getConcordance() { return concordance; }
    public LocalDate getFollowedOn() { return followedOn; }
    public String getRecordedBy() { return recordedBy; }
}
