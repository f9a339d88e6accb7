package org.yuanwu.union;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A contest: title, day, organising unit, number of rounds (1–10) and how many places win a prize (top N). */
public class ContestForm {

    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    private Long organiserUnitId;
    private Integer rounds = 1;
    private Integer prizeCount = 6;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public Long getOrganiserUnitId() { return organiserUnitId; }
    public void setOrganiserUnitId(Long organiserUnitId) { this.organiserUnitId = organiserUnitId; }
    public Integer getRounds() { return rounds; }
    public void setRounds(Integer rounds) { this.rounds = rounds; }
    public Integer getPrizeCount() { return prizeCount; }
    public void setPrizeCount(Integer prizeCount) { this.prizeCount = prizeCount; }
}
