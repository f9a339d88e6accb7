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
import org.yuanwu.infection.CaseOrigin;
import org.yuanwu.infection.CaseOutcome;
import org.yuanwu.infection.CaseStatus;
import org.yuanwu.infection.DeviceAssociation;
import org.yuanwu.infection.InfectionSite;
import org.yuanwu.infection.OperationClass;

@Entity
@Table(name = "infection_case")
public class InfectionCase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "infection_case_seq")
    @SequenceGenerator(name = "infection_case_seq", sequenceName = "infection_case_seq", allocationSize = 50)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "patient_no")
    private String patientNo;
    @Column(name = "visit_no")
    private String visitNo;
    @Column(name = "admission_date")
    private LocalDate admissionDate;
    @Column(name = "onset_date")
    private LocalDate onsetDate;
    @Enumerated(EnumType.STRING)
    private InfectionSite site;
    private String pathogen;
    private String specimen;
    @Enumerated(EnumType.STRING)
    private DeviceAssociation device;
    @Enumerated(EnumType.STRING)
    @Column(name = "operation_class")
    private OperationClass operationClass;
    @Enumerated(EnumType.STRING)
    private CaseOutcome outcome;
    @Enumerated(EnumType.STRING)
    private CaseOrigin origin;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    @Column(name = "exclusion_reason")
    private String exclusionReason;
    private String note;
    @Column(name = "reported_by")
    private String reportedBy;
    @Column(name = "reported_at")
    private Instant reportedAt;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Version
    private long version;

    protected InfectionCase() {
    }

    public InfectionCase(CaseOrigin origin, String reportedBy, Instant now) {
        this.origin = origin;
        this.status = CaseStatus.REPORTED;
        this.reportedBy = reportedBy;
        this.reportedAt = now;
    }

    public void apply(Long unitId, String patientNo, String visitNo, LocalDate admissionDate, LocalDate onsetDate,
                      InfectionSite site, String pathogen, String specimen, DeviceAssociation device,
                      OperationClass operationClass, CaseOutcome outcome, String note) {
        this.unitId = unitId;
        this.patientNo = patientNo;
        this.visitNo = visitNo;
        this.admissionDate = admissionDate;
        this.onsetDate = onsetDate;
        this.site = site;
        this.pathogen = pathogen;
        this.specimen = specimen;
        this.device = device;
        this.operationClass = operationClass;
        this.outcome = outcome;
        this.note = note;
    }

    public void review(CaseStatus status, String reason, String by, Instant now) {
        this.status = status;
        this.exclusionReason = reason;
        this.reviewedBy = by;
        this.reviewedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("patientNo", patientNo);
        m.put("visitNo", visitNo);
        m.put("admissionDate", String.valueOf(admissionDate));
        m.put("onsetDate", String.valueOf(onsetDate));
        m.put("site", site == null ? null : site.name());
        m.put("pathogen", pathogen);
        m.put("specimen", specimen);
        m.put("device", device == null ? null : device.name());
        m.put("operationClass", operationClass == null ? null : operationClass.name());
        m.put("outcome", outcome == null ? null : outcome.name());
        m.put("origin", origin.name());
        m.put("status", status.name());
        m.put("exclusionReason", exclusionReason);
        return m;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public String getPatientNo() { return patientNo; }
    public String getVisitNo() { return visitNo; }
    public LocalDate getAdmissionDate() { return admissionDate; }
    public LocalDate getOnsetDate() { return onsetDate; }
    public InfectionSite getSite() { return site; }
    public String getPathogen() { return pathogen; }
    public String getSpecimen() { return specimen; }
    public DeviceAssociation getDevice() { return device; }
    public OperationClass getOperationClass() { return operationClass; }
    public CaseOutcome getOutcome() { return outcome; }
    public CaseOrigin getOrigin() { return origin; }
    public CaseStatus getStatus() { return status; }
    public String getExclusionReason() { return exclusionReason; }
    public String getNote() { return note; }
    public String getReportedBy() { return reportedBy; }
    public Instant getReportedAt() { return reportedAt; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public long getVersion() { return version; }
}
