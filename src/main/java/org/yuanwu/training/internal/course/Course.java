package org.yuanwu.training.internal.course;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.training.CourseCategory;
import org.yuanwu.training.CourseForm;

@Entity
@Table(name = "training_course")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_course_seq")
    @SequenceGenerator(name = "training_course_seq", sequenceName = "training_course_seq", allocationSize = 50)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    private String topic;
    @Enumerated(EnumType.STRING)
    private CourseCategory category;
    @Column(name = "credit_hours")
    private BigDecimal creditHours;
    private String description;
    private boolean active = true;
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

    protected Course() {
    }

    public Course(Long unitId, String createdBy, Instant now) {
        this.unitId = unitId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Copies the form (the unit is fixed at creation); true when anything changed. */
    public boolean apply(CourseForm f, Instant now) {
        Map<String, Object> before = snapshot();
        topic = f.getTopic();
        category = f.getCategory();
        creditHours = f.getCreditHours().setScale(1, java.math.RoundingMode.HALF_UP);
        description = f.getDescription();
        boolean changed = !before.equals(snapshot());
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    public void withdraw(String reason, Instant now) {
        active = false;
        withdrawnReason = reason;
        updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("topic", topic);
        m.put("category", category);
        m.put("creditHours", creditHours);
        m.put("description", description);
        m.put("active", active);
        m.put("withdrawnReason", withdrawnReason);
        return m;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public String getTopic() { return topic; }
    public CourseCategory getCategory() { return category; }
    public BigDecimal getCreditHours() { return creditHours; }
    public String getDescription() { return description; }
    public boolean isActive() { return active; }
    public String getWithdrawnReason() { return withdrawnReason; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
