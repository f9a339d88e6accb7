package org.yuanwu.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.ProfessionalTitle;

/**
 * A session of a course: when (wall-clock time in Asia/Shanghai, e.g. 2026-03-05T14:30), where,
 * who lectures (a staff member, or an external lecturer's name), and who is invited: the staff of a
 * unit and the units below it, optionally narrowed to some titles, nurse levels and employment
 * types (empty means any).
 */
public class SessionForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime startsAt;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime endsAt;

    @NotBlank
    @Size(max = 200)
    private String place;

    private Long lecturerStaffId;

    @Size(max = 100)
    private String lecturerName;

    @NotNull
    private Long audienceUnitId;

    private Set<ProfessionalTitle> titles = EnumSet.noneOf(ProfessionalTitle.class);
    private Set<NurseLevel> nurseLevels = EnumSet.noneOf(NurseLevel.class);
    private Set<EmploymentType> employmentTypes = EnumSet.noneOf(EmploymentType.class);

    private Long version;

    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place == null ? null : place.strip(); }
    public Long getLecturerStaffId() { return lecturerStaffId; }
    public void setLecturerStaffId(Long lecturerStaffId) { this.lecturerStaffId = lecturerStaffId; }
    public String getLecturerName() { return lecturerName; }
    public void setLecturerName(String lecturerName) {
        this.lecturerName = lecturerName == null || lecturerName.isBlank() ? null : lecturerName.strip();
    }
    public Long getAudienceUnitId() { return audienceUnitId; }
    public void setAudienceUnitId(Long audienceUnitId) { this.audienceUnitId = audienceUnitId; }
    public Set<ProfessionalTitle> getTitles() { return titles; }
    public void setTitles(Set<ProfessionalTitle> titles) { this.titles = titles == null ? EnumSet.noneOf(ProfessionalTitle.class) : titles; }
    public Set<NurseLevel> getNurseLevels() { return nurseLevels; }
    public void setNurseLevels(Set<NurseLevel> nurseLevels) { this.nurseLevels = nurseLevels == null ? EnumSet.noneOf(NurseLevel.class) : nurseLevels; }
    public Set<EmploymentType> getEmploymentTypes() { return employmentTypes; }
    public void setEmploymentTypes(Set<EmploymentType> types) { this.employmentTypes = types == null ? EnumSet.noneOf(EmploymentType.class) : types; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
