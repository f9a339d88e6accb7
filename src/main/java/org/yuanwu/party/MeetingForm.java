package org.yuanwu.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A meeting or lesson as recorded: branch, kind, date, topic, minutes and attendance. Every member of the branch is
 * listed: present when her member id is in {@code presentMemberIds}, otherwise absent, with the reason given in
 * {@code absenceReasons} (by member id).
 */
public class MeetingForm {

    @NotNull
    private Long branchId;
    @NotNull
    private MeetingKind kind = MeetingKind.COMMITTEE;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    @NotBlank
    @Size(max = 200)
    private String topic;
    @Size(max = 8000)
    private String minutes;
    private List<Long> presentMemberIds = new ArrayList<>();
    private Map<Long, String> absenceReasons = new HashMap<>();
    private Long version;

    public Long getBranchId() { return branchId; }
    public void setBranchId(Long branchId) { this.branchId = branchId; }
    public MeetingKind getKind() { return kind; }
    public void setKind(MeetingKind kind) { this.kind = kind; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = minutes; }
    public List<Long> getPresentMemberIds() { return presentMemberIds; }
    public void setPresentMemberIds(List<Long> ids) { this.presentMemberIds = ids == null ? new ArrayList<>() : ids; }
    public Map<Long, String> getAbsenceReasons() { return absenceReasons; }
    public void setAbsenceReasons(Map<Long, String> reasons) { this.absenceReasons = reasons == null ? new HashMap<>() : reasons; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
