package org.yuanwu.training;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The 评教评学 meeting record. */
public class InternMeetingForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    private String place;
    private String chair;
    private String attendance;
    private String summary;

    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getChair() { return chair; }
    public void setChair(String chair) { this.chair = chair; }
    public String getAttendance() { return attendance; }
    public void setAttendance(String attendance) { this.attendance = attendance; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
}
