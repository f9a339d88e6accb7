package org.yuanwu.quality.internal.radiology;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yuanwu.quality.*;

@Entity
@Table(name = "quality_radiology_reading")
public class RadiologyReading {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_radiology_reading_gen")
    @SequenceGenerator(name = "quality_radiology_reading_gen", sequenceName = "quality_radiology_seq", allocationSize = 50)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "held_on")
    private LocalDate heldOn;
    @Column(name = "cases_discussed")
    private int casesDiscussed;
    private String conclusion;
    @Column(name = "recorded_by")
    private String recordedBy;
    @ElementCollection
    @CollectionTable(name = "quality_radiology_reading_participant", joinColumns = @JoinColumn(name = "reading_id"))
    @Column(name = "staff_id")
    @OrderBy
    private List<Long> participantIds = new ArrayList<>();
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected RadiologyReading() {
    }

    public RadiologyReading(RadiologyForms.Reading f, List<Long> participants, String by, Instant now) {
        unitId = f.unitId();
        heldOn = f.heldOn();
        casesDiscussed = f.casesDiscussed();
        conclusion = f.conclusion().strip();
        participantIds.addAll(participants);
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
    public LocalDate getHeldOn() { return heldOn; }
    public int getCasesDiscussed() { return casesDiscussed; }
    public String getConclusion() { return conclusion; }
    public String getRecordedBy() { return recordedBy; }
    public List<Long> getParticipantIds() { return participantIds; }
}
