package org.yuanwu.union.internal.honours;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
import org.yuanwu.union.HonourLevel;
import org.yuanwu.union.HonourStatus;

@Entity
@Table(name = "union_honour")
public class Honour {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "union_honour_seq")
    @SequenceGenerator(name = "union_honour_seq", sequenceName = "union_honour_seq", allocationSize = 50)
    private Long id;
    private String title;
    @Enumerated(EnumType.STRING)
    private HonourLevel level;
    @Column(name = "awarding_body")
    private String awardingBody;
    @Column(name = "awarded_on")
    private LocalDate awardedOn;
    @Column(name = "staff_id")
    private Long staffId;
    @Column(name = "unit_id")
    private Long unitId;
    @Enumerated(EnumType.STRING)
    private HonourStatus status;
    private String note;
    @Column(name = "certificate_name")
    private String certificateName;
    @Column(name = "certificate_type")
    private String certificateType;
    @Basic(fetch = FetchType.LAZY)
    private byte[] certificate;
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

    protected Honour() {
    }

    public Honour(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.status = HonourStatus.APPLIED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void apply(String title, HonourLevel level, String body, LocalDate on, Long staffId, Long unitId, String note,
                      Instant now) {
        this.title = title;
        this.level = level;
        this.awardingBody = body;
        this.awardedOn = on;
        this.staffId = staffId;
        this.unitId = unitId;
        this.note = note;
        this.updatedAt = now;
    }

    public void move(HonourStatus next, LocalDate on, String reason, Instant now) {
        this.status = next;
        if (on != null) {
            this.awardedOn = on;
        }
        if (next == HonourStatus.WITHDRAWN) {
            this.withdrawnReason = reason;
        }
        this.updatedAt = now;
    }

    public void attach(String name, String type, byte[] content, Instant now) {
        this.certificateName = name;
        this.certificateType = type;
        this.certificate = content;
        this.updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("level", level);
        m.put("awardingBody", awardingBody);
        m.put("awardedOn", awardedOn);
        m.put("staffId", staffId);
        m.put("unitId", unitId);
        m.put("status", status);
        m.put("note", note);
        m.put("certificateName", certificateName);
        m.put("withdrawnReason", withdrawnReason);
        return m;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public HonourLevel getLevel() { return level; }
    public String getAwardingBody() { return awardingBody; }
    public LocalDate getAwardedOn() { return awardedOn; }
    public Long getStaffId() { return staffId; }
    public Long getUnitId() { return unitId; }
    public HonourStatus getStatus() { return status; }
    public String getNote() { return note; }
    public String getCertificateName() { return certificateName; }
    public String getCertificateType() { return certificateType; }
    public byte[] getCertificate() { return certificate; }
    public String getWithdrawnReason() { return withdrawnReason; }
    public long getVersion() { return version; }
}
