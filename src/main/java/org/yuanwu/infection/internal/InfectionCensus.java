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
import org.yuanwu.infection.CensusGranularity;

@Entity
@Table(name = "infection_census")
public class InfectionCensus {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "infection_census_seq")
    @SequenceGenerator(name = "infection_census_seq", sequenceName = "infection_census_seq", allocationSize = 50)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    @Enumerated(EnumType.STRING)
    private CensusGranularity granularity;
    @Column(name = "census_date")
    private LocalDate censusDate;
    private int admissions;
    private int discharges;
    @Column(name = "patient_days")
    private int patientDays;
    @Column(name = "central_line_days")
    private int centralLineDays;
    @Column(name = "urinary_catheter_days")
    private int urinaryCatheterDays;
    @Column(name = "ventilator_days")
    private int ventilatorDays;
    private int operations;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected InfectionCensus() {
    }

    public InfectionCensus(Long unitId, CensusGranularity granularity, LocalDate censusDate) {
        this.unitId = unitId;
        this.granularity = granularity;
        this.censusDate = censusDate;
    }

    public void apply(int admissions, int discharges, int patientDays, int centralLineDays, int urinaryCatheterDays,
                      int ventilatorDays, int operations, String by, Instant now) {
        this.admissions = admissions;
        this.discharges = discharges;
        this.patientDays = patientDays;
        this.centralLineDays = centralLineDays;
        this.urinaryCatheterDays = urinaryCatheterDays;
        this.ventilatorDays = ventilatorDays;
        this.operations = operations;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("granularity", granularity.name());
        m.put("date", censusDate.toString());
        m.put("admissions", admissions);
        m.put("discharges", discharges);
        m.put("patientDays", patientDays);
        m.put("centralLineDays", centralLineDays);
        m.put("urinaryCatheterDays", urinaryCatheterDays);
        m.put("ventilatorDays", ventilatorDays);
        m.put("operations", operations);
        return m;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public CensusGranularity getGranularity() { return granularity; }
    public LocalDate getCensusDate() { return censusDate; }
    public int getAdmissions() { return admissions; }
    public int getDischarges() { return discharges; }
    public int getPatientDays() { return patientDays; }
    public int getCentralLineDays() { return centralLineDays; }
    public int getUrinaryCatheterDays() { return urinaryCatheterDays; }
    public int getVentilatorDays() { return ventilatorDays; }
    public int getOperations() { return operations; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
