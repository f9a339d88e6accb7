package org.yuanwu.training.internal.file;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.training.CreditEntryForm;
import org.yuanwu.training.CreditEntryKind;

/** A further-study period or an external credit of one staff member; withdrawn with a reason, never deleted. */
@Entity
@Table(name = "training_credit_entry")
public class CreditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "staff_id")
    private Long staffId;
    @Column(name = "unit_id")
    private Long unitId;
    @Enumerated(EnumType.STRING)
    private CreditEntryKind kind;
    private String title;
    private String institution;
    private String specialty;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "credit_hours")
    private BigDecimal creditHours;
    private String evidence;
    private String note;
    private boolean withdrawn;
    @Column(name = "withdrawn_reason")
    private String withdrawnReason;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CreditEntry() {
    }

    public CreditEntry(Long staffId, Long unitId, CreditEntryForm f, String createdBy, Instant now) {
        this.staffId = staffId;
        this.unitId = unitId;
        this.kind = f.getKind();
        this.title = f.getTitle().strip();
        this.institution = f.getInstitution().strip();
        this.specialty = blankToNull(f.getSpecialty());
        this.startsOn = f.getStartsOn();
        this.endsOn = f.getEndsOn();
        this.creditHours = f.getCreditHours().setScale(1, RoundingMode.HALF_UP);
        this.evidence = f.getEvidence().strip();
        this.note = blankToNull(f.getNote());
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void withdraw(String reason, Instant now) {
        this.withdrawn = true;
        this.withdrawnReason = reason;
        this.updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("staffId", staffId);
        m.put("kind", kind);
        m.put("title", title);
        m.put("institution", institution);
        m.put("specialty", specialty);
        m.put("startsOn", startsOn);
        m.put("endsOn", endsOn);
        m.put("creditHours", creditHours);
        m.put("evidence", evidence);
        m.put("withdrawn", withdrawn);
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public Long getStaffId() { return staffId; }
    public Long getUnitId() { return unitId; }
    public CreditEntryKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getInstitution() { return institution; }
    public String getSpecialty() { return specialty; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public BigDecimal getCreditHours() { return creditHours; }
    public String getEvidence() { return evidence; }
    public String getNote() { return note; }
    public boolean isWithdrawn() { return withdrawn; }
    public String getWithdrawnReason() { return withdrawnReason; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
}
