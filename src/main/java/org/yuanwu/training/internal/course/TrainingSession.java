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
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.training.SessionStatus;

@Entity
@Table(name = "training_session")
public class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_session_seq")
    @SequenceGenerator(name = "training_session_seq", sequenceName = "training_session_seq", allocationSize = 50)
    private Long id;
    @Column(name = "course_id")
    private Long courseId;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    private String place;
    @Column(name = "lecturer_staff_id")
    private Long lecturerStaffId;
    @Column(name = "lecturer_name")
    private String lecturerName;
    @Column(name = "audience_unit_id")
    private Long audienceUnitId;
    @Column(name = "audience_titles")
    private String audienceTitles;
    @Column(name = "audience_levels")
    private String audienceLevels;
    @Column(name = "audience_employment")
    private String audienceEmployment;
    @Column(name = "signin_code")
    private String signInCode;
    @Enumerated(EnumType.STRING)
    private SessionStatus status = SessionStatus.PLANNED;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected TrainingSession() {
    }

    public TrainingSession(Long courseId, String signInCode, String createdBy, Instant now) {
        this.courseId = courseId;
        this.signInCode = signInCode;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void schedule(Instant startsAt, Instant endsAt, String place, Long lecturerStaffId, String lecturerName, Instant now) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
        this.lecturerStaffId = lecturerStaffId;
        this.lecturerName = lecturerName;
        this.updatedAt = now;
    }

    public void audience(AudienceRules.Audience audience) {
        this.audienceUnitId = audience.unitId();
        this.audienceTitles = join(audience.titles());
        this.audienceLevels = join(audience.nurseLevels());
        this.audienceEmployment = join(audience.employmentTypes());
    }

    public AudienceRules.Audience audience() {
        return new AudienceRules.Audience(audienceUnitId, split(audienceTitles, ProfessionalTitle.class),
                split(audienceLevels, NurseLevel.class), split(audienceEmployment, EmploymentType.class));
    }

    public void moveTo(SessionStatus next, String reason, Instant now) {
        this.status = next;
        if (next == SessionStatus.CANCELLED) {
            this.cancelReason = reason;
        }
        this.updatedAt = now;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("courseId", courseId);
        m.put("startsAt", startsAt);
        m.put("endsAt", endsAt);
        m.put("place", place);
        m.put("lecturerStaffId", lecturerStaffId);
        m.put("lecturerName", lecturerName);
        m.put("audienceUnitId", audienceUnitId);
        m.put("audienceTitles", audienceTitles);
        m.put("audienceLevels", audienceLevels);
        m.put("audienceEmployment", audienceEmployment);
        m.put("status", status);
        m.put("cancelReason", cancelReason);
        return m;
    }

    private static String join(Collection<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> split(String text, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).forEach(s -> set.add(Enum.valueOf(type, s.trim())));
        }
        return set;
    }

    public Long getId() { return id; }
    public Long getCourseId() { return courseId; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getPlace() { return place; }
    public Long getLecturerStaffId() { return lecturerStaffId; }
    public String getLecturerName() { return lecturerName; }
    public Long getAudienceUnitId() { return audienceUnitId; }
    public String getSignInCode() { return signInCode; }
    public SessionStatus getStatus() { return status; }
    public String getCancelReason() { return cancelReason; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
}
