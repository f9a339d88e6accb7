package org.yuanwu.union.internal.activities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

@Entity
@Table(name = "union_club")
public class Club {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "union_club_seq")
    @SequenceGenerator(name = "union_club_seq", sequenceName = "union_club_seq", allocationSize = 50)
    private Long id;
    private String name;
    private String description;
    @Column(name = "founded_on")
    private LocalDate foundedOn;
    private boolean active = true;
    @Column(name = "deactivated_reason")
    private String deactivatedReason;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Club() {
    }

    public Club(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void apply(String name, String description, LocalDate foundedOn, Instant now) {
        this.name = name;
        this.description = description;
        this.foundedOn = foundedOn;
        this.updatedAt = now;
    }

    public void deactivate(String reason, Instant now) {
        this.active = false;
        this.deactivatedReason = reason;
        this.updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("description", description);
        m.put("foundedOn", foundedOn);
        m.put("active", active);
        m.put("deactivatedReason", deactivatedReason);
        return m;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public LocalDate getFoundedOn() { return foundedOn; }
    public boolean isActive() { return active; }
    public String getDeactivatedReason() { return deactivatedReason; }
    public long getVersion() { return version; }
}
