package org.yuanwu.union;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An activity as entered on the page or sent to the API; money in yuan with at most two decimals (kept in fen). */
public class ActivityForm {

    private String title;
    private ActivityKind kind = ActivityKind.SPORTS_CULTURE;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    private String place;
    private Long organiserUnitId;
    private Long clubId;
    private Integer capacity;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signupDeadline;
    private BigDecimal budgetYuan;
    private BigDecimal spentYuan;
    private String description;
    private Long version;

    public static ActivityForm of(ActivityView v) {
        ActivityForm f = new ActivityForm();
        f.title = v.title();
        f.kind = v.kind();
        f.heldOn = v.heldOn();
        f.place = v.place();
        f.organiserUnitId = v.organiserUnitId();
        f.clubId = v.clubId();
        f.capacity = v.capacity();
        f.signupDeadline = v.signupDeadline();
        f.budgetYuan = v.budgetYuan();
        f.spentYuan = v.spentYuan();
        f.description = v.description();
        f.version = v.version();
        return f;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public ActivityKind getKind() { return kind; }
    public void setKind(ActivityKind kind) { this.kind = kind; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public Long getOrganiserUnitId() { return organiserUnitId; }
    public void setOrganiserUnitId(Long organiserUnitId) { this.organiserUnitId = organiserUnitId; }
    public Long getClubId() { return clubId; }
    public void setClubId(Long clubId) { this.clubId = clubId; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public LocalDate getSignupDeadline() { return signupDeadline; }
    public void setSignupDeadline(LocalDate signupDeadline) { this.signupDeadline = signupDeadline; }
    public BigDecimal getBudgetYuan() { return budgetYuan; }
    public void setBudgetYuan(BigDecimal budgetYuan) { this.budgetYuan = budgetYuan; }
    public BigDecimal getSpentYuan() { return spentYuan; }
    public void setSpentYuan(BigDecimal spentYuan) { this.spentYuan = spentYuan; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
