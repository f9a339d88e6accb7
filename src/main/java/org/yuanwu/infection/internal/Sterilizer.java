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
import java.util.Map;
import org.yuanwu.infection.SterilizerKind;

@Entity
@Table(name = "infection_sterilizer")
public class Sterilizer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "infection_sterilizer_seq")
    @SequenceGenerator(name = "infection_sterilizer_seq", sequenceName = "infection_sterilizer_seq", allocationSize = 50)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    private String name;
    @Enumerated(EnumType.STRING)
    private SterilizerKind kind;
    @Version
    private long version;

    protected Sterilizer() {
    }

    public Sterilizer(Long unitId, String name, SterilizerKind kind) {
        this.unitId = unitId;
        this.name = name;
        this.kind = kind;
    }

    public Map<String, Object> snapshot() {
        return Map.of("unitId", unitId, "name", name, "kind", kind.name());
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public String getName() { return name; }
    public SterilizerKind getKind() { return kind; }
    public long getVersion() { return version; }
}
