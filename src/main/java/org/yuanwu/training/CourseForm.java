package org.yuanwu.training;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What an organiser fills in to add or edit a course (web form and API body). */
public class CourseForm {

    @NotBlank
    @Size(max = 200)
    private String topic;

    @NotNull
    private CourseCategory category;

    @NotNull
    @DecimalMin("0.0")
    @DecimalMax("999.9")
    private BigDecimal creditHours;

    @Size(max = 4000)
    private String description;

    /** The organising unit; fixed once the course exists. */
    @NotNull
    private Long unitId;

    private Long version;

    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic == null ? null : topic.strip(); }
    public CourseCategory getCategory() { return category; }
    public void setCategory(CourseCategory category) { this.category = category; }
    public BigDecimal getCreditHours() { return creditHours; }
    public void setCreditHours(BigDecimal creditHours) { this.creditHours = creditHours; }
    public String getDescription() { return description; }
    public void setDescription(String description) {
        this.description = description == null || description.isBlank() ? null : description.strip();
    }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    public static CourseForm of(CourseView c) {
        CourseForm f = new CourseForm();
        f.topic = c.topic();
        f.category = c.category();
        f.creditHours = c.creditHours();
        f.description = c.description();
        f.unitId = c.unitId();
        f.version = c.version();
        return f;
    }
}
