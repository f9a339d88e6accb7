package org.yuanwu.union;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An honour for a person (staffId given; her unit is taken from the register) or for a unit (staffId empty):
 * title, level, awarding body, date (of the award, or of the application while pending).
 */
public class HonourForm {

    private String title;
    private HonourLevel level = HonourLevel.HOSPITAL;
    private String awardingBody;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate awardedOn;
    private Long staffId;
    private Long unitId;
    private String note;
    private Long version;

    public static HonourForm of(HonourView v) {
        HonourForm f = new HonourForm();
        f.title = v.title();
        f.level = v.level();
        f.awardingBody = v.awardingBody();
        f.awardedOn = v.awardedOn();
        f.staffId = v.staffId();
        f.unitId = v.unitId();
        f.note = v.note();
        f.version = v.version();
        return f;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public HonourLevel getLevel() { return level; }
    public void setLevel(HonourLevel level) { this.level = level; }
    public String getAwardingBody() { return awardingBody; }
    public void setAwardingBody(String awardingBody) { this.awardingBody = awardingBody; }
    public LocalDate getAwardedOn() { return awardedOn; }
    public void setAwardedOn(LocalDate awardedOn) { this.awardedOn = awardedOn; }
    public Long getStaffId() { return staffId; }
    public void setStaffId(Long staffId) { this.staffId = staffId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
