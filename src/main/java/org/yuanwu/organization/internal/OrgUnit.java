package org.yuanwu.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.organization.HygieneClass;
import org.yuanwu.organization.OrgUnitKind;

@Entity
@Table(name = "org_unit")
public class OrgUnit {

    /** Assigned from org_unit_seq before insert, because the path contains the id. */
    @Id
    private Long id;

    private String code;
    private String name;

    @Enumerated(EnumType.STRING)
    private OrgUnitKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    private String path;
    private int depth;

    @Column(name = "bed_count")
    private Integer bedCount;

    @Column(name = "served_population")
    private Integer servedPopulation;

    @Enumerated(EnumType.STRING)
    @Column(name = "hygiene_class")
    private HygieneClass hygieneClass;

    private boolean active = true;

    @Column(name = "deactivated_reason")
    private String deactivatedReason;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected OrgUnit() {
    }

    public OrgUnit(Long id, Instant now) {
        this.id = id;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("kind", kind);
        m.put("parentId", parentId);
        m.put("path", path);
        m.put("bedCount", bedCount);
        m.put("servedPopulation", servedPopulation);
        m.put("hygieneClass", hygieneClass);
        m.put("active", active);
        m.put("deactivatedReason", deactivatedReason);
        return m;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public OrgUnitKind getKind() { return kind; }
    public Long getParentId() { return parentId; }
    public String getPath() { return path; }
    public int getDepth() { return depth; }
    public Integer getBedCount() { return bedCount; }
    public Integer getServedPopulation() { return servedPopulation; }
    public HygieneClass getHygieneClass() { return hygieneClass; }
    public boolean isActive() { return active; }
    public String getDeactivatedReason() { return deactivatedReason; }
    public long getVersion() { return version; }

    public void place(Long parentId, String path, int depth) {
        this.parentId = parentId;
        this.path = path;
        this.depth = depth;
    }

    public void setAttributes(org.yuanwu.organization.UnitForm form) {
        this.code = form.getCode();
        this.name = form.getName();
        this.kind = form.getKind();
        this.bedCount = form.getKind().hasBeds() ? form.getBedCount() : null;
        this.servedPopulation = form.getKind().servesPopulation() ? form.getServedPopulation() : null;
        this.hygieneClass = form.getHygieneClass();
    }

    public void deactivate(String reason, Instant now) {
        this.active = false;
        this.deactivatedReason = reason;
        this.deactivatedAt = now;
        this.updatedAt = now;
    }

    public void reactivate(Instant now) {
        this.active = true;
        this.deactivatedReason = null;
        this.deactivatedAt = null;
        this.updatedAt = now;
    }
    public void touch(Instant now) { this.updatedAt = now; }
}
