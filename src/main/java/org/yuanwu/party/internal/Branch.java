package org.yuanwu.party.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Entity
@Table(name = "party_branch")
public class Branch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Column(name = "secretary_staff_id")
    private Long secretaryStaffId;
    @Column(name = "established_on")
    private LocalDate establishedOn;
    private boolean active = true;
    @Column(name = "deactivate_reason")
    private String deactivateReason;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "party_branch_unit", joinColumns = @JoinColumn(name = "branch_id"))
    @Column(name = "unit_id")
    @OrderColumn(name = "sort_order")
    private List<Long> unitIds = new ArrayList<>();
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Branch() {
    }

    public Branch(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void apply(String name, Long secretaryStaffId, LocalDate establishedOn, List<Long> unitIds, Instant now) {
        this.name = name;
        this.secretaryStaffId = secretaryStaffId;
        this.establishedOn = establishedOn;
        this.unitIds.clear();
        this.unitIds.addAll(unitIds);
        this.updatedAt = now;
    }

    public void deactivate(String reason, Instant now) {
        this.active = false;
        this.deactivateReason = reason;
        this.updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("secretaryStaffId", secretaryStaffId);
        m.put("establishedOn", establishedOn);
        m.put("unitIds", List.copyOf(unitIds));
        m.put("active", active);
        m.put("deactivateReason", deactivateReason);
        return m;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public Long getSecretaryStaffId() { return secretaryStaffId; }
    public LocalDate getEstablishedOn() { return establishedOn; }
    public boolean isActive() { return active; }
    public String getDeactivateReason() { return deactivateReason; }
    public List<Long> getUnitIds() { return unitIds; }
    public long getVersion() { return version; }
    /** The unit the branch's facts are counted at: the first it covers. */
    public Long getHomeUnitId() { return unitIds.isEmpty() ? null : unitIds.get(0); }
}
