package org.yuanwu.party.internal;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.party.ConductKind;
import org.yuanwu.party.GiftHandling;

@Entity
@Table(name = "party_conduct")
public class Conduct {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ConductKind kind;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "staff_id")
    private Long staffId;
    @Column(name = "occurred_on")
    private LocalDate occurredOn;
    private String description;
    private String source;
    @Column(name = "amount_yuan")
    private BigDecimal amountYuan;
    @Enumerated(EnumType.STRING)
    private GiftHandling handling;
    @Column(name = "withdraw_reason")
    private String withdrawReason;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Conduct() {
    }

    public Conduct(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void apply(ConductKind kind, Long unitId, Long staffId, LocalDate occurredOn, String description,
                      String source, BigDecimal amountYuan, GiftHandling handling, Instant now) {
        this.kind = kind;
        this.unitId = unitId;
        this.staffId = staffId;
        this.occurredOn = occurredOn;
        this.description = description;
        this.source = source;
        this.amountYuan = amountYuan;
        this.handling = handling;
        this.updatedAt = now;
    }

    public void withdraw(String reason, Instant now) {
        this.withdrawReason = reason;
        this.updatedAt = now;
    }

    public boolean isWithdrawn() {
        return withdrawReason != null;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("unitId", unitId);
        m.put("staffId", staffId);
        m.put("occurredOn", occurredOn);
        m.put("description", description);
        m.put("source", source);
        m.put("amountYuan", amountYuan);
        m.put("handling", handling);
        m.put("withdrawReason", withdrawReason);
        return m;
    }

    public Long getId() { return id; }
    public ConductKind getKind() { return kind; }
    public Long getUnitId() { return unitId; }
    public Long getStaffId() { return staffId; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public String getDescription() { return description; }
    public String getSource() { return source; }
    public BigDecimal getAmountYuan() { return amountYuan; }
    public GiftHandling getHandling() { return handling; }
    public String getWithdrawReason() { return withdrawReason; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
