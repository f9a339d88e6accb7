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
import org.yuanwu.infection.PrescriptionSetting;

@Entity
@Table(name = "infection_prescription_sample")
public class PrescriptionSample {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "infection_prescription_sample_seq")
    @SequenceGenerator(name = "infection_prescription_sample_seq", sequenceName = "infection_prescription_sample_seq",
            allocationSize = 50)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "month_start")
    private LocalDate monthStart;
    @Enumerated(EnumType.STRING)
    private PrescriptionSetting setting;
    private int sampled;
    @Column(name = "with_antibiotics")
    private int withAntibiotics;
    @Column(name = "antibiotic_drugs")
    private int antibioticDrugs;
    private int injections;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Version
    private long version;

    protected PrescriptionSample() {
    }

    public PrescriptionSample(Long unitId, LocalDate monthStart, PrescriptionSetting setting) {
        this.unitId = unitId;
        this.monthStart = monthStart;
        this.setting = setting;
    }

    public void apply(int sampled, int withAntibiotics, int antibioticDrugs, int injections, String by, Instant now) {
        this.sampled = sampled;
        this.withAntibiotics = withAntibiotics;
        this.antibioticDrugs = antibioticDrugs;
        this.injections = injections;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("month", monthStart.toString());
        m.put("setting", setting.name());
        m.put("sampled", sampled);
        m.put("withAntibiotics", withAntibiotics);
        m.put("antibioticDrugs", antibioticDrugs);
        m.put("injections", injections);
        return m;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public LocalDate getMonthStart() { return monthStart; }
    public PrescriptionSetting getSetting() { return setting; }
    public int getSampled() { return sampled; }
    public int getWithAntibiotics() { return withAntibiotics; }
    public int getAntibioticDrugs() { return antibioticDrugs; }
    public int getInjections() { return injections; }
    public String getRecordedBy() { return recordedBy; }
    public long getVersion() { return version; }
}
