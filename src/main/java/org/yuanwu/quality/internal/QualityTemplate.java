package org.yuanwu.quality.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yuanwu.quality.TemplateKind;
import org.yuanwu.quality.TemplateStatus;

@Entity
@Table(name = "quality_template")
public class QualityTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_template_seq")
    @SequenceGenerator(name = "quality_template_seq", sequenceName = "quality_template_seq", allocationSize = 50)
    private Long id;
    @Column(name = "family_code")
    private String familyCode;
    @Column(name = "template_version")
    private int templateVersion;
    private String name;
    @Enumerated(EnumType.STRING)
    private TemplateKind kind;
    private String description;
    @Enumerated(EnumType.STRING)
    private TemplateStatus status;
    @Column(name = "total_points")
    private BigDecimal totalPoints;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "template_id", nullable = false)
    @OrderBy("position")
    private List<QualityTemplateItem> items = new ArrayList<>();

    protected QualityTemplate() {
    }

    public QualityTemplate(String familyCode, int templateVersion, String createdBy, Instant now) {
        this.familyCode = familyCode;
        this.templateVersion = templateVersion;
        this.createdBy = createdBy;
        this.status = TemplateStatus.DRAFT;
        this.totalPoints = BigDecimal.ZERO;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String name, TemplateKind kind, String description, Instant now) {
        this.name = name;
        this.kind = kind;
        this.description = description;
        this.updatedAt = now;
    }

    public void replaceItems(List<QualityTemplateItem> newItems) {
        items.clear();
        items.addAll(newItems);
        totalPoints = newItems.stream().map(QualityTemplateItem::getMaxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public void moveTo(TemplateStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("familyCode", familyCode);
        m.put("templateVersion", templateVersion);
        m.put("name", name);
        m.put("kind", kind);
        m.put("status", status);
        m.put("totalPoints", totalPoints);
        m.put("items", items.size());
        return m;
    }

    public Long getId() { return id; }
    public String getFamilyCode() { return familyCode; }
    public int getTemplateVersion() { return templateVersion; }
    public String getName() { return name; }
    public TemplateKind getKind() { return kind; }
    public String getDescription() { return description; }
    public TemplateStatus getStatus() { return status; }
    public BigDecimal getTotalPoints() { return totalPoints; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<QualityTemplateItem> getItems() { return items; }
}
