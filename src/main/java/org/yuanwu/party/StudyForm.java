package org.yuanwu.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A political study session of a department: date, topic, hours, and attendance — the staff listed in
 * {@code presentStaffIds} were there, those in {@code absentStaffIds} were not (reasons by staff id).
 */
public class StudyForm {

    @NotNull
    private Long unitId;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    @NotBlank
    @Size(max = 200)
    private String topic;
    @NotNull
    private BigDecimal hours;
    private List<Long> presentStaffIds = new ArrayList<>();
    private List<Long> absentStaffIds = new ArrayList<>();
    /** The web form lists the department's staff: those listed and not present were absent. */
    private List<Long> listedStaffIds = new ArrayList<>();
    private Map<Long, String> absenceReasons = new HashMap<>();
    private Long version;

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public BigDecimal getHours() { return hours; }
    public void setHours(BigDecimal hours) { this.hours = hours; }
    public List<Long> getPresentStaffIds() { return presentStaffIds; }
    public void setPresentStaffIds(List<Long> ids) { this.presentStaffIds = ids == null ? new ArrayList<>() : ids; }
    public List<Long> getAbsentStaffIds() { return absentStaffIds; }
    public void setAbsentStaffIds(List<Long> ids) { this.absentStaffIds = ids == null ? new ArrayList<>() : ids; }
    public List<Long> getListedStaffIds() { return listedStaffIds; }
    public void setListedStaffIds(List<Long> ids) { this.listedStaffIds = ids == null ? new ArrayList<>() : ids; }
    public Map<Long, String> getAbsenceReasons() { return absenceReasons; }
    public void setAbsenceReasons(Map<Long, String> r) { this.absenceReasons = r == null ? new HashMap<>() : r; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
