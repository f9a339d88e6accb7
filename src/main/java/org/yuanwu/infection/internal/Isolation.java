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
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.infection.Precaution;

/** An entry of the isolation register (see V29). */
@Entity
@Table(name = "infection_isolation")
public class Isolation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "infection_isolation_seq")
    @SequenceGenerator(name = "infection_isolation_seq", sequenceName = "infection_isolation_seq", allocationSize = 50)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "patient_no")
    private String patientNo;
    private String disease;
    @Column(name = "diagnosed_on")
    private LocalDate diagnosedOn;
    private boolean isolated;
    @Enumerated(EnumType.STRING)
    private Precaution precaution;
    @Column(name = "isolated_on")
    private LocalDate isolatedOn;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "reason_not_isolated")
    private String reasonNotIsolated;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "voided_by")
    private String voidedBy;
    @Column(name = "voided_at")
    private Instant voidedAt;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected Isolation() {
    }

    public Isolation(Long unitId) {
        this.unitId = unitId;
    }

    public void apply(Long unitId, String patientNo, String disease, LocalDate diagnosedOn, boolean isolated,
                      Precaution precaution, LocalDate isolatedOn, LocalDate endedOn, String reasonNotIsolated,
                      String by, Instant now) {
        this.unitId = unitId;
        this.patientNo = patientNo;
        this.disease = disease;
        this.diagnosedOn = diagnosedOn;
        this.isolated = isolated;
        this.precaution = isolated ? precaution : null;
        this.isolatedOn = isolated ? isolatedOn : null;
        this.endedOn = isolated ? endedOn : null;
        this.reasonNotIsolated = isolated ? null : reasonNotIsolated;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public void voidEntry(String by, Instant now, String reason) {
        this.voidedBy = by;
        this.voidedAt = now;
        this.voidReason = reason;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("patientNo", patientNo);
        m.put("disease", disease);
        m.put("diagnosedOn", String.valueOf(diagnosedOn));
        m.put("isolated", isolated);
        m.put("precaution", precaution == null ? null : precaution.name());
        m.put("isolatedOn", isolatedOn == null ? null : isolatedOn.toString());
        m.put("endedOn", endedOn == null ? null : endedOn.toString());
        m.put("reasonNotIsolated", reasonNotIsolated);
        m.put("voidReason", voidReason);
        return m;
    }

    public boolean isVoided() { return voidedAt != null; }
    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public String getPatientNo() { return patientNo; }
    public String getDisease() { return disease; }
    public LocalDate getDiagnosedOn() { return diagnosedOn; }
    public boolean isIsolated() { return isolated; }
    public Precaution getPrecaution() { return precaution; }
    public LocalDate getIsolatedOn() { return isolatedOn; }
    public LocalDate getEndedOn() { return endedOn; }
    public String getReasonNotIsolated() { return reasonNotIsolated; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getVoidReason() { return voidReason; }
    public long getVersion() { return version; }
}
