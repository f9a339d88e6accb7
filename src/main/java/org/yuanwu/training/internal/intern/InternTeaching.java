package org.yuanwu.training.internal.intern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yuanwu.training.InternTeachingMethod;

/** A tutor's teaching in one week at one ward, with the interns who were present. */
@Entity
@Table(name = "training_intern_teaching")
public class InternTeaching {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "tutor_staff_id")
    private Long tutorStaffId;
    @Column(name = "week_start")
    private LocalDate weekStart;
    private String topic;
    private String content;
    private BigDecimal hours;
    @Enumerated(EnumType.STRING)
    @Column(name = "teaching_form")
    private InternTeachingMethod method;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_intern_teaching_attendee", joinColumns = @JoinColumn(name = "teaching_id"))
    @Column(name = "intern_id")
    private Set<Long> internIds = new TreeSet<>();
    @Column(name = "removed_reason")
    private String removedReason;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Version
    private long version;

    protected InternTeaching() {
    }

    public InternTeaching(Long unitId, Long tutorStaffId, LocalDate weekStart, String topic, String content,
                          BigDecimal hours, InternTeachingMethod method, Set<Long> internIds, String recordedBy,
                          Instant now) {
        this.unitId = unitId;
        this.tutorStaffId = tutorStaffId;
        this.weekStart = weekStart;
        this.topic = topic;
        this.content = content;
        this.hours = hours;
        this.method = method;
        this.internIds.addAll(internIds);
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("tutorStaffId", tutorStaffId);
        m.put("weekStart", weekStart);
        m.put("topic", topic);
        m.put("hours", hours);
        m.put("method", method);
        m.put("internIds", internIds.toString());
        return m;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public Long getTutorStaffId() { return tutorStaffId; }
    public LocalDate getWeekStart() { return weekStart; }
    public String getTopic() { return topic; }
    public String getContent() { return content; }
    public BigDecimal getHours() { return hours; }
    public InternTeachingMethod getMethod() { return method; }
    public Set<Long> getInternIds() { return internIds; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
